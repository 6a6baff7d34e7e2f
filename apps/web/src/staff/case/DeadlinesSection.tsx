import { useTranslation } from 'react-i18next';
import { DueDate } from '../../components/DueDate';
import type { DeadlineView } from '../../api/types';

/** The legal clocks: running first, then the ones met or ended. */
export function DeadlinesSection({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  const { t } = useTranslation();
  const running = deadlines.filter((d) => d.status === 'pending' || d.status === 'paused');
  const others = deadlines.filter((d) => !running.includes(d));
  return (
    <section aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('staff.case.deadlines.title')}</h2>
      {deadlines.length === 0 ? (
        <p>{t('staff.case.deadlines.none')}</p>
      ) : (
        <ul className="staff-list">
          {[...running, ...others].map((d) => (
            <li key={`${d.kind}-${d.startedAt}`}>
              <strong>{t(`staff.deadline.kind.${d.kind}`, { defaultValue: d.kind })}</strong>{' '}
              <span>({t(`staff.deadline.status.${d.status}`, { defaultValue: d.status })})</span>
              <DueDate dueAt={d.dueAt} workingDaysLeft={d.workingDaysLeft} overdue={d.overdue} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
