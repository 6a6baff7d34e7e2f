import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';

/** "Hạn: 12/11/2026 — còn 3 ngày làm việc"; the date alone when the api does not count the days. */
export function DueDate({ dueAt, workingDaysLeft }: { dueAt: string; workingDaysLeft?: number }) {
  const { t } = useTranslation();
  // A period ends at 24:00 of its last day (Hà Nội), the next day's 00:00: show the last day itself.
  const date = formatDate(new Date(new Date(dueAt).getTime() - 1));
  if (typeof workingDaysLeft !== 'number') {
    return <p className="business-due">{t('business.deadlines.due', { date })}</p>;
  }
  const left =
    workingDaysLeft > 1
      ? t('business.deadlines.daysLeft', { count: workingDaysLeft })
      : workingDaysLeft === 1
        ? t('business.deadlines.oneDayLeft')
        : workingDaysLeft === 0
          ? t('business.deadlines.dueToday')
          : t('business.deadlines.overdue', { count: -workingDaysLeft });
  return (
    <p className={workingDaysLeft < 0 ? 'business-due business-due--late' : 'business-due'}>
      {t('business.deadlines.dueWithLeft', { date, left })}
    </p>
  );
}
