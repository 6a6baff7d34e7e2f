import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { formatShare } from '../../pages/statistics/figures-format';
import { LoadProblem } from './LoadProblem';
import type { DashboardQuery } from './statistics-query';
import type { MediationStats, OutcomeFigures } from './types';
import { useStaffQuery } from './useStaffQuery';

const FIGURES = ['assigned', 'concluded', 'successes', 'successRate', 'medianWorkingDays'] as const;

/** The mediation outcomes of the period (GET /mediation/stats): per organisation, then its mediators. */
export function MediationOutcomes({ query }: { query: DashboardQuery }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const stats = useStaffQuery<MediationStats>(`/mediation/stats?from=${query.from}&to=${query.to}`);
  const language = i18n.language;
  const cell = (figures: OutcomeFigures, key: (typeof FIGURES)[number]) => {
    const value = figures[key];
    if (value === null) return '—';
    return key === 'successRate'
      ? formatShare(value, language)
      : value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');
  };
  const caption = t('staffStatistics.mediation.caption');
  return (
    <section aria-labelledby={headingId} className="stat-block">
      <h2 id={headingId}>{t('staffStatistics.mediation.title')}</h2>
      <p>{t('staffStatistics.mediation.intro')}</p>
      {stats.state === 'loading' && <Loading />}
      {stats.state === 'failed' && <LoadProblem error={stats.error} retry={stats.retry} />}
      {stats.state === 'ready' && (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="figures">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffStatistics.mediation.who')}</th>
                {FIGURES.map((key) => (
                  <th scope="col" key={key} className="figures__number">
                    {t(`staffStatistics.mediation.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.data.organisations.map((organisation) => (
                <Fragment key={organisation.organisationId}>
                  <tr className="figures__group">
                    <th scope="row">{organisation.name ?? t('staffStatistics.mediation.unnamed')}</th>
                    {FIGURES.map((key) => (
                      <td key={key} className="figures__number">
                        {cell(organisation, key)}
                      </td>
                    ))}
                  </tr>
                  {organisation.mediators.map((mediator) => (
                    <tr key={mediator.mediatorId}>
                      <th scope="row" className="figures__sub">
                        {mediator.name ?? t('staffStatistics.mediation.unnamed')}
                      </th>
                      {FIGURES.map((key) => (
                        <td key={key} className="figures__number">
                          {cell(mediator, key)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('staffStatistics.table.total')}</th>
                {FIGURES.map((key) => (
                  <td key={key} className="figures__number">
                    {cell(stats.data.total, key)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
