import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../format';
import { formatShare } from '../../pages/statistics/figures-format';
import { COUNTS } from './figures';
import type { StatisticsFigures } from './types';

const STAGES = ['reception', 'consultation', 'negotiation', 'mediation'] as const;

/** The period's figures in one table: counts, refusals by ground, durations, the business's answers, clocks, money. */
export function Summary({ totals }: { totals: StatisticsFigures }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language;
  const number = (value: number) => value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');
  const days = (value: number | null) => (value === null ? '—' : t('staffStatistics.summary.days', { count: value }));
  const rows: [string, string][] = [
    ...COUNTS.map((key): [string, string] => [t(`staffStatistics.column.${key}`), number(totals[key])]),
    ...Object.entries(totals.refusedByGround)
      .filter(([, count]) => count > 0)
      .map(([ground, count]): [string, string] => [
        t('staffStatistics.summary.refusedGround', { ground }),
        number(count),
      ]),
    [
      t('staffStatistics.summary.daysToClosure'),
      t('staffStatistics.summary.duration', {
        median: days(totals.daysToClosure.median),
        p90: days(totals.daysToClosure.p90),
        count: totals.daysToClosure.cases,
      }),
    ],
    ...STAGES.filter((stage) => totals.daysPerStage[stage]?.cases).map((stage): [string, string] => [
      t(`staffStatistics.summary.stage.${stage}`),
      t('staffStatistics.summary.duration', {
        median: days(totals.daysPerStage[stage].median),
        p90: days(totals.daysPerStage[stage].p90),
        count: totals.daysPerStage[stage].cases,
      }),
    ]),
    [
      t('staffStatistics.summary.timely'),
      t('staffStatistics.summary.timelyValue', {
        met: number(totals.businessTimelyResponse.met),
        breached: number(totals.businessTimelyResponse.breached),
        rate:
          totals.businessTimelyResponse.rate === null ? '—' : formatShare(totals.businessTimelyResponse.rate, language),
      }),
    ],
    ...Object.entries(totals.clocksBreachedByKind).map(([kind, count]): [string, string] => [
      t('staffStatistics.summary.breached', { clock: t(`staffStatistics.clock.${kind}`, { defaultValue: kind }) }),
      number(count),
    ]),
    [t('staffStatistics.column.moneyClaimed'), formatVnd(totals.moneyClaimedVnd, language)],
    [t('staffStatistics.column.moneyRecovered'), formatVnd(totals.moneyRecoveredVnd, language)],
  ];
  const caption = t('staffStatistics.summary.title');
  return (
    <section aria-labelledby={headingId} className="stat-block">
      <h2 id={headingId}>{caption}</h2>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="figures">
          <caption>{t('staffStatistics.summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staffStatistics.summary.figure')}</th>
              <th scope="col" className="figures__number">
                {t('staffStatistics.summary.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="figures__number">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
