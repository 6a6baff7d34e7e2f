import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { mediationApi } from './mediation-api';
import { problemText } from './useStaffForm';
import { useLoad } from './useLoad';

/** The organisation's mediators: open cases against capacity, taking cases, verified (Art 64.2). */
export function MediatorsLoad({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mediators = useLoad(() => mediationApi.mediators(organisationId), organisationId);
  return (
    <section aria-labelledby="load-title">
      <h2 id="load-title">{t('staffMediation.load.title')}</h2>
      {mediators.state === 'loading' && <Loading />}
      {mediators.state === 'failed' && <p role="alert">{problemText(mediators.error, t)}</p>}
      {mediators.state === 'ready' && (
        <div
          className="staff-table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('staffMediation.load.caption', { count: mediators.data.length })}
        >
          <table className="staff-table">
            <caption>{t('staffMediation.load.caption', { count: mediators.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffMediation.load.col.name')}</th>
                <th scope="col">{t('staffMediation.load.col.load')}</th>
                <th scope="col">{t('staffMediation.load.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {[...mediators.data]
                .sort((a, b) => b.openCases / b.maxOpenCases - a.openCases / a.maxOpenCases)
                .map((m) => (
                  <tr key={m.userId}>
                    <td>{m.fullName}</td>
                    <td>
                      <meter min={0} max={m.maxOpenCases} value={m.openCases} aria-hidden="true" />{' '}
                      {t('staffMediation.load.cases', { open: m.openCases, max: m.maxOpenCases })}
                    </td>
                    <td>
                      {!m.active
                        ? t('staffMediation.load.inactive')
                        : !m.verified
                          ? t('staffMediation.load.notVerified')
                          : !m.accepting
                            ? t('staffMediation.load.notAccepting')
                            : m.openCases >= m.maxOpenCases
                              ? t('staffMediation.load.full')
                              : t('staffMediation.load.available')}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
