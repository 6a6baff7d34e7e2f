import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from './charts/BarChart';
import { formatShare } from './figures-format';
import { TARGETS, type PublicFigures } from './types';

const INDICATORS = ['supportedShare', 'resolvedSuccessShare'] as const;
type Indicator = (typeof INDICATORS)[number];

// Plan 126/KH-UBND: at least 90% received and supported; more than 80% resolved successfully.
const met = (indicator: Indicator, value: number): boolean =>
  indicator === 'supportedShare' ? value >= TARGETS.supportedShare : value > TARGETS.resolvedSuccessShare;

type Verdict = 'met' | 'notMet' | 'unknown';
const verdictOf = (indicator: Indicator, value: number | null): Verdict =>
  value === null ? 'unknown' : met(indicator, value) ? 'met' : 'notMet';

/** The province's two indicators against their targets: in words, as a chart, and as a table. */
export function Indicators({ totals }: { totals: Pick<PublicFigures, Indicator> }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language;
  const share = (value: number | null) => (value === null ? '—' : formatShare(value, language));
  const title = t('statistics.indicators.title');
  return (
    <section aria-labelledby={headingId} className="stat-block">
      <h2 id={headingId}>{title}</h2>
      <p>{t('statistics.indicators.intro')}</p>
      <ul className="indicators">
        {INDICATORS.map((indicator) => {
          const value = totals[indicator];
          const verdict = verdictOf(indicator, value);
          return (
            <li key={indicator} className="indicator">
              <h3>{t(`statistics.indicators.${indicator}.name`)}</h3>
              <p className="indicator__value">
                {value === null
                  ? t('statistics.indicators.noValue')
                  : t(`statistics.indicators.${indicator}.sentence`, { value: share(value) })}
              </p>
              <p>{t(`statistics.indicators.${indicator}.target`)}</p>
              <p className={`badge badge--${verdict}`}>{t(`statistics.indicators.verdict.${verdict}`)}</p>
              <p className="indicator__means">{t(`statistics.indicators.${indicator}.means`)}</p>
            </li>
          );
        })}
      </ul>
      <BarChart
        label={t('statistics.chart.label', { title })}
        categories={INDICATORS.map((indicator) => t(`statistics.indicators.${indicator}.short`))}
        series={[
          { label: t('statistics.indicators.result'), values: INDICATORS.map((indicator) => totals[indicator]) },
          {
            label: t('statistics.indicators.targetColumn'),
            values: INDICATORS.map((indicator) => TARGETS[indicator]),
            reference: true,
          },
        ]}
        horizontal
        percent
      />
      <div className="table-scroll" role="region" aria-label={t('statistics.tableCaption', { title })} tabIndex={0}>
        <table className="figures">
          <caption>{t('statistics.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.indicators.indicatorColumn')}</th>
              <th scope="col" className="figures__number">
                {t('statistics.indicators.result')}
              </th>
              <th scope="col" className="figures__number">
                {t('statistics.indicators.targetColumn')}
              </th>
              <th scope="col">{t('statistics.indicators.verdictColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {INDICATORS.map((indicator) => (
              <tr key={indicator}>
                <th scope="row">{t(`statistics.indicators.${indicator}.name`)}</th>
                <td className="figures__number">{share(totals[indicator])}</td>
                <td className="figures__number">{t(`statistics.indicators.${indicator}.targetShort`)}</td>
                <td>{t(`statistics.indicators.verdict.${verdictOf(indicator, totals[indicator])}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
