import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { formatDate, formatTime } from '../../format';
import { problemText } from '../mediation/useStaffForm';
import { staffApi } from '../session/staff-api';
import { StaffPage } from '../StaffPage';
import { AdminLinks } from './AdminLinks';
import './i18n';
import './admin.css';

interface RetentionRule {
  kind: string;
  amount: number;
  unit: 'days' | 'years';
  from: string;
  basis: string;
  dueNow: number;
}

interface RetentionRun {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  counts: Record<string, number>;
  error: string | null;
}

interface RetentionReport {
  policy: RetentionRule[];
  intervalSeconds: number;
  runs: RetentionRun[];
}

type Loaded = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; report: RetentionReport };

const when = (value: string) => `${formatDate(value)} ${formatTime(value)}`;

/**
 * /staff/admin/retention: the retention policy in force (Law 91/2025 Art 3, storage limitation), what
 * is due now under each rule, and the last runs of the retention job with what each did.
 */
export default function RetentionPage() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let active = true;
    staffApi<RetentionReport>('/admin/retention').then(
      (report) => active && setLoaded({ state: 'ready', report }),
      (error: unknown) => active && setLoaded({ state: 'failed', error }),
    );
    return () => {
      active = false;
    };
  }, []);

  const kind = (k: string) => t(`staffAdmin.retention.kind.${k}`, { defaultValue: k });
  const counts = (run: RetentionRun) => {
    const done = Object.entries(run.counts).filter(([, n]) => n > 0);
    return done.length === 0
      ? t('staffAdmin.retention.nothingDone')
      : done.map(([k, n]) => t('staffAdmin.retention.count', { kind: kind(k), count: n })).join('; ');
  };

  return (
    <StaffPage title={t('staffAdmin.retention.title')} lead={t('staffAdmin.retention.lead')}>
      <AdminLinks />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <p role="alert">{problemText(loaded.error, t)}</p>}
      {loaded.state === 'ready' && (
        <>
          <section aria-labelledby="retention-policy">
            <h2 id="retention-policy">{t('staffAdmin.retention.policy')}</h2>
            <p>{t('staffAdmin.retention.interval', { hours: Math.round(loaded.report.intervalSeconds / 360) / 10 })}</p>
            <div className="staff-table-wrap">
              <table className="staff-table">
                <caption>{t('staffAdmin.retention.policyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('staffAdmin.retention.col.kind')}</th>
                    <th scope="col">{t('staffAdmin.retention.col.kept')}</th>
                    <th scope="col">{t('staffAdmin.retention.col.basis')}</th>
                    <th scope="col">{t('staffAdmin.retention.col.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.report.policy.map((rule) => (
                    <tr key={rule.kind}>
                      <th scope="row" data-label={t('staffAdmin.retention.col.kind')}>
                        {kind(rule.kind)}
                      </th>
                      <td data-label={t('staffAdmin.retention.col.kept')}>
                        {t(`staffAdmin.retention.period.${rule.unit}`, { count: rule.amount })}{' '}
                        {t(`staffAdmin.retention.from.${rule.kind}`, { defaultValue: rule.from })}
                      </td>
                      <td data-label={t('staffAdmin.retention.col.basis')}>
                        {t(`staffAdmin.retention.basis.${rule.kind}`, { defaultValue: rule.basis })}
                      </td>
                      <td data-label={t('staffAdmin.retention.col.due')}>{rule.dueNow}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="retention-runs">
            <h2 id="retention-runs">{t('staffAdmin.retention.runs')}</h2>
            {loaded.report.runs.length === 0 ? (
              <p>{t('staffAdmin.retention.noRuns')}</p>
            ) : (
              <div className="staff-table-wrap">
                <table className="staff-table">
                  <caption>{t('staffAdmin.retention.runsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('staffAdmin.retention.col.started')}</th>
                      <th scope="col">{t('staffAdmin.retention.col.finished')}</th>
                      <th scope="col">{t('staffAdmin.retention.col.done')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.report.runs.map((run) => (
                      <tr key={run.id}>
                        <td data-label={t('staffAdmin.retention.col.started')}>{when(run.startedAt)}</td>
                        <td data-label={t('staffAdmin.retention.col.finished')}>
                          {run.finishedAt ? when(run.finishedAt) : t('staffAdmin.retention.running')}
                        </td>
                        <td data-label={t('staffAdmin.retention.col.done')}>
                          {counts(run)}
                          {run.error && (
                            <>
                              <br />
                              {t('staffAdmin.retention.error', { code: run.error })}
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </StaffPage>
  );
}
