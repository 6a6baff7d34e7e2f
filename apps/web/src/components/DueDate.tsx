import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import './due-date.css';

/** The last day of a period that ends at `dueAt` (24:00 of that day in Hà Nội, the next day's 00:00). */
export const lastDayOf = (dueAt: string): string => formatDate(new Date(new Date(dueAt).getTime() - 1));

/**
 * A legal deadline as a date with the working days left: "Hạn cuối: 12/11/2026 — còn 3 ngày làm
 * việc" (0: the last day is today; below 0: late). The date alone when the api does not count the days.
 */
export function DueDate({
  dueAt,
  workingDaysLeft,
  overdue = false,
}: {
  dueAt: string;
  workingDaysLeft?: number;
  /** The api's word that the duty ran out unmet. */
  overdue?: boolean;
}) {
  const { t } = useTranslation();
  const date = lastDayOf(dueAt);
  if (typeof workingDaysLeft !== 'number') return <p className="due">{t('common.due.by', { date })}</p>;
  const left =
    workingDaysLeft > 0
      ? t('common.due.left', { count: workingDaysLeft })
      : workingDaysLeft === 0
        ? t('common.due.today')
        : t('common.due.late', { count: -workingDaysLeft });
  const late = workingDaysLeft < 0 || overdue;
  return <p className={late ? 'due due--late' : 'due'}>{t('common.due.byWithLeft', { date, left })}</p>;
}
