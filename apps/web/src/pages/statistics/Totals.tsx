import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../format';
import { formatCount } from './figures-format';
import type { PublicFigures } from './types';

/** The year at a glance: received, resolved, money recovered, the usual time to close. */
export function Totals({ totals }: { totals: PublicFigures }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language;
  const items: [string, string][] = [
    ['received', formatCount(totals.received, language)],
    ['resolved', formatCount(totals.resolved, language)],
    ['money', totals.moneyRecoveredVnd === null ? '—' : formatVnd(totals.moneyRecoveredVnd, language)],
    [
      'median',
      totals.medianDaysToClosure === null
        ? '—'
        : t('statistics.totals.days', {
            count: totals.medianDaysToClosure,
            value: formatCount(totals.medianDaysToClosure, language),
          }),
    ],
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('statistics.totals.title')}</h2>
      <dl className="totals">
        {items.map(([key, value]) => (
          <div key={key} className="totals__item">
            <dt>{t(`statistics.totals.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="totals__help">{t('statistics.totals.medianHelp')}</p>
    </section>
  );
}
