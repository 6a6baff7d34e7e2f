import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueDate } from '../../components/DueDate';
import { useCommunes, useSectors } from '../../pages/file/useReference';
import type { CaseBadge, CaseSummary } from '../case/types';
import { Badges } from './Badges';

type Sort = 'queue' | 'due';

/** When the next legal clock falls due (none: last). */
const dueTime = (row: CaseSummary): number => {
  const at = row.nextDue?.dueAt ?? row.nextDueAt;
  return at ? new Date(at).getTime() : Number.POSITIVE_INFINITY;
};

/** The badges the api gives, or the ones a row shows without them (an older api). */
export const badgesOf = (row: CaseSummary): CaseBadge[] =>
  row.badges ?? [
    ...(row.vulnerable ? (['vulnerable'] as const) : []),
    ...(row.overdueSince ? (['overdue'] as const) : []),
  ];

/**
 * A queue as a real table: tracking code, business, sector, commune, status, next deadline (date and
 * working days left), badges in words. Sorted as the api sends it (priority first, then the next
 * deadline), or by the next deadline alone.
 */
export function CaseTable({
  caption,
  rows,
  hideBusiness = false,
}: {
  caption: string;
  rows: readonly CaseSummary[];
  hideBusiness?: boolean;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>('queue');
  const sectors = useSectors();
  const communes = useCommunes();
  const sectorName = (code: string) =>
    (sectors.state === 'ready' && sectors.items.find((s) => s.code === code)?.name) || code;
  const communeName = (code: string) =>
    (communes.state === 'ready' && communes.items.find((c) => c.code === code)?.name) || code;
  const sorted = useMemo(
    () => (sort === 'due' ? [...rows].sort((a, b) => dueTime(a) - dueTime(b)) : rows),
    [rows, sort],
  );
  return (
    <div className="staff-table-wrap">
      <p>
        <button
          type="button"
          className="button button--secondary staff-sort"
          aria-pressed={sort === 'due'}
          onClick={() => setSort(sort === 'due' ? 'queue' : 'due')}
        >
          {t('staff.queue.sortByDue')}
        </button>
      </p>
      <table className="staff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.queue.col.code')}</th>
            {!hideBusiness && <th scope="col">{t('staff.queue.col.business')}</th>}
            <th scope="col">{t('staff.queue.col.sector')}</th>
            <th scope="col">{t('staff.queue.col.commune')}</th>
            <th scope="col">{t('staff.queue.col.status')}</th>
            <th scope="col" aria-sort={sort === 'due' ? 'ascending' : undefined}>
              {t('staff.queue.col.due')}
            </th>
            <th scope="col">{t('staff.queue.col.badges')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id}>
              <td data-label={t('staff.queue.col.code')}>
                <Link to={`/staff/cases/${row.id}`}>{row.trackingCode}</Link>
              </td>
              {!hideBusiness && (
                <td data-label={t('staff.queue.col.business')}>{row.businessName ?? t('staff.queue.noBusiness')}</td>
              )}
              <td data-label={t('staff.queue.col.sector')}>{sectorName(row.sectorCode)}</td>
              <td data-label={t('staff.queue.col.commune')}>{communeName(row.communeCode)}</td>
              <td data-label={t('staff.queue.col.status')}>
                {t(`case.status.${row.status}.name`, { defaultValue: row.status })}
              </td>
              <td data-label={t('staff.queue.col.due')}>
                {row.nextDue ? (
                  <>
                    <span className="staff-due-kind">
                      {t(`staff.deadline.kind.${row.nextDue.kind}`, { defaultValue: row.nextDue.kind })}
                    </span>
                    <DueDate dueAt={row.nextDue.dueAt} workingDaysLeft={row.nextDue.workingDaysLeft} />
                  </>
                ) : row.nextDueAt ? (
                  <DueDate dueAt={row.nextDueAt} overdue={Boolean(row.overdueSince)} />
                ) : (
                  t('staff.queue.noDue')
                )}
              </td>
              <td data-label={badgesOf(row).length > 0 ? t('staff.queue.col.badges') : undefined}>
                <Badges badges={badgesOf(row)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
