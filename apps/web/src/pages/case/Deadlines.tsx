import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '../../api/types';
import { DueDate } from '../../components/DueDate';

/**
 * What must happen next: each running legal clock as what, who must act, and by when — the last
 * day as a date with the working days left ("còn 3 ngày làm việc").
 */
export function Deadlines({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) return null;
  return (
    <section aria-labelledby="case-deadlines-title">
      <h2 id="case-deadlines-title">{t('case.deadlines.heading')}</h2>
      <ul className="case-deadlines">
        {deadlines.map((d) => (
          <li key={`${d.kind}-${d.startedAt}`} className="case-deadline">
            <p className="case-deadline__what">
              {t(`case.deadlines.kind.${d.kind}`, { defaultValue: t('case.deadlines.kind.other') })}
            </p>
            <p>
              {t('case.deadlines.who', {
                who: t(`case.deadlines.actor.${d.kind}`, { defaultValue: t('case.deadlines.actor.other') }),
              })}
            </p>
            <DueDate dueAt={d.dueAt} workingDaysLeft={d.workingDaysLeft} overdue={d.overdue} />
            {d.status === 'paused' && <p className="case-muted">{t('case.deadlines.paused')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
