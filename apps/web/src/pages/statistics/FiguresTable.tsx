import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../format';
import { formatCount, formatShare } from './figures-format';
import type { PublicRow } from './types';

const COLUMNS = ['received', 'resolved', 'supportedShare', 'resolvedSuccessShare', 'money', 'median'] as const;

/**
 * A breakdown's figures as a table (the charts' alternative): "< 5" shown as such, withheld or
 * unknown figures as "—" (both explained once on the page). Scrolls sideways on its own on a phone.
 */
export function FiguresTable({ caption, heading, rows }: { caption: string; heading: string; rows: PublicRow[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const share = (value: number | null) => (value === null ? '—' : formatShare(value, language));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column} className="figures__number">
                {t(`statistics.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="figures__number">{formatCount(row.received, language)}</td>
              <td className="figures__number">{formatCount(row.resolved, language)}</td>
              <td className="figures__number">{share(row.supportedShare)}</td>
              <td className="figures__number">{share(row.resolvedSuccessShare)}</td>
              <td className="figures__number">
                {row.moneyRecoveredVnd === null ? '—' : formatVnd(row.moneyRecoveredVnd, language)}
              </td>
              <td className="figures__number">
                {row.medianDaysToClosure === null ? '—' : formatCount(row.medianDaysToClosure, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
