import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { DeadlineView } from './types';

/** The running legal clocks: what must happen, who must act, by when, and the working days left. */
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
            <p>
              <strong>{t('case.deadlines.by', { date: formatDate(new Date(new Date(d.dueAt).getTime() - 1)) })}</strong>
              {typeof d.workingDaysLeft === 'number' && (
                <>
                  {' — '}
                  <span className={d.workingDaysLeft < 0 || d.overdue ? 'case-deadline__late' : undefined}>
                    {daysLeftText(t, d.workingDaysLeft)}
                  </span>
                </>
              )}
            </p>
            {d.status === 'paused' && <p className="case-muted">{t('case.deadlines.paused')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function daysLeftText(t: ReturnType<typeof useTranslation>['t'], days: number): string {
  if (days === 0) return t('case.deadlines.today');
  if (days > 0) return t('case.deadlines.left', { count: days });
  return t('case.deadlines.late', { count: -days });
}
