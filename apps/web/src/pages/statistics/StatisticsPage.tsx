import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../format';
import { Breakdown } from './Breakdown';
import { currentYear, formatLocalDate } from './figures-format';
import { Indicators } from './Indicators';
import { SuppressionNote } from './SuppressionNote';
import { Totals } from './Totals';
import { PUBLIC_BREAKDOWNS } from './types';
import { usePublicStatistics } from './usePublicStatistics';
import { YearPicker } from './YearPicker';
import './statistics.css';

/** `?year=2025` → 2025; anything else → undefined (the api's default: this year). */
function yearOf(value: string | null): number | undefined {
  return value !== null && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

/** The public figures of a year (issue 11 "Public"): Plan 126's two indicators, then the breakdowns. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const { state, retry } = usePublicStatistics(year);
  const shownYear = state.kind === 'loaded' ? state.statistics.year : (year ?? currentYear());

  return (
    <>
      <h1>{t('statistics.title')}</h1>
      <p className="statistics__lead">{t('statistics.lead')}</p>
      <YearPicker key={shownYear} year={shownYear} onChoose={(y) => setParams({ year: String(y) })} />
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && (
        <div role="alert" className="panel">
          <p>{t(state.badYear ? 'statistics.badYear' : 'statistics.loadFailed')}</p>
          {!state.badYear && (
            <button type="button" className="button button--secondary" onClick={retry}>
              {t('statistics.retry')}
            </button>
          )}
        </div>
      )}
      {state.kind === 'loaded' && (
        <>
          <p className="statistics__period">
            {t('statistics.period', {
              year: state.statistics.year,
              from: formatLocalDate(state.statistics.period.from),
              to: formatLocalDate(state.statistics.period.to),
            })}{' '}
            {t('statistics.freshAsOf', {
              time: formatTime(state.statistics.freshAsOf),
              date: formatDate(state.statistics.freshAsOf),
            })}
          </p>
          <Totals totals={state.statistics.totals} />
          <Indicators totals={state.statistics.totals} />
          <SuppressionNote />
          {PUBLIC_BREAKDOWNS.map((by) => (
            <Breakdown key={by} by={by} rows={state.statistics.breakdowns[by]} />
          ))}
        </>
      )}
    </>
  );
}
