import { useTranslation } from 'react-i18next';
import { DueDate } from '../../components/DueDate';
import type { CaseDetail } from './types';

/** At the top of the case: what must happen next, by whom, by when. */
export function NextStep({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const due = detail.nextDue;
  const paused = detail.deadlines.some((d) => d.status === 'paused');
  return (
    <section className="panel staff-next" aria-labelledby="next-title">
      <h2 id="next-title">{t('staff.case.next.title')}</h2>
      <p>
        <strong>{t('staff.case.next.status')}</strong>{' '}
        {t(`case.status.${detail.status}.name`, { defaultValue: detail.status })}
      </p>
      <p>{t(`staff.case.next.byStatus.${detail.status}`, { defaultValue: '' })}</p>
      {due ? (
        <dl className="staff-dl">
          <dt>{t('staff.case.next.what')}</dt>
          <dd>{t(`staff.deadline.kind.${due.kind}`, { defaultValue: due.kind })}</dd>
          <dt>{t('staff.case.next.who')}</dt>
          <dd>{t(`staff.deadline.actor.${due.kind}`, { defaultValue: t('staff.deadline.actor.other') })}</dd>
          <dt>{t('staff.case.next.when')}</dt>
          <dd>
            <DueDate dueAt={due.dueAt} workingDaysLeft={due.workingDaysLeft} />
          </dd>
        </dl>
      ) : (
        <p>{paused ? t('staff.case.next.paused') : t('staff.case.next.noClock')}</p>
      )}
    </section>
  );
}
