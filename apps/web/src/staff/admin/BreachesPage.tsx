import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveBlob } from '../../api/download';
import { Loading } from '../../components/Loading';
import { formatDate, formatTime } from '../../format';
import { privacyApi } from '../dataRequests/privacy-api';
import type { Breach } from '../dataRequests/types';
import { useLoad } from '../mediation/useLoad';
import { problemText } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { AdminLinks } from './AdminLinks';
import { BreachRecordForm } from './BreachRecordForm';
import { BreachSteps } from './BreachSteps';
import '../dataRequests/i18n';
import '../dataRequests/privacy.css';
import './i18n';
import './admin.css';

const when = (value: string) => `${formatDate(value)} ${formatTime(value)}`;

/**
 * /staff/admin/breaches: the personal-data breach register (Law 91/2025/QH15 Art 23): open breaches
 * first with their 72-hour notice deadline, a form to record one, the steps after, and the export.
 */
export default function BreachesPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [download, setDownload] = useState<'busy' | 'failed' | null>(null);
  const list = useLoad(() => privacyApi.breaches(), 'breaches');
  const changed = (text: string) => {
    setMessage(text);
    list.reload();
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setDownload('busy');
    try {
      saveBlob(await privacyApi.breachExport(format), `so-dang-ky-su-co.${format}`);
      setDownload(null);
    } catch {
      setDownload('failed');
    }
  };
  const fact = (label: string, value: string | null) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;

  const entry = (b: Breach) => (
    <li key={b.id} className="panel privacy-request">
      <h3>{t('staffPrivacy.breaches.entry', { date: when(b.discoveredAt) })}</h3>
      <p>
        <span className="badge">{t(`staffPrivacy.breaches.state.${b.state}`)}</span>
        {b.overdue && <span className="badge badge--overdue">{t('staffPrivacy.breaches.overdue')}</span>}
        {b.notifiedLate && <span className="badge badge--overdue">{t('staffPrivacy.breaches.late')}</span>}
      </p>
      <dl className="privacy-facts">
        <dt>{t('staffPrivacy.breaches.notifyBy')}</dt>
        <dd className={b.overdue ? 'due due--late' : 'due'}>{when(b.notifyBy)}</dd>
        <dt>{t('staffPrivacy.breaches.description')}</dt>
        <dd className="staff-pre">{b.description}</dd>
        <dt>{t('staffPrivacy.breaches.categories')}</dt>
        <dd>{b.dataCategories.map((c) => t(`staffPrivacy.breaches.category.${c}`)).join('; ')}</dd>
        {fact(t('staffPrivacy.breaches.people'), b.approximatePeople === null ? null : String(b.approximatePeople))}
        {b.cases.length > 0 && (
          <>
            <dt>{t('staffPrivacy.breaches.cases')}</dt>
            <dd>
              {b.cases.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  {c.trackingCode ? (
                    <Link to={`/staff/cases/${c.id}`}>{c.trackingCode}</Link>
                  ) : (
                    t('staffPrivacy.breaches.erasedCase')
                  )}
                </span>
              ))}
            </dd>
          </>
        )}
        {fact(t('staffPrivacy.breaches.consequences'), b.consequences)}
        {fact(t('staffPrivacy.breaches.measures'), b.measures)}
        {fact(
          t('staffPrivacy.breaches.authorityNotifiedAt'),
          b.authorityNotifiedAt &&
            [when(b.authorityNotifiedAt), b.authorityReference].filter((v): v is string => Boolean(v)).join(' — '),
        )}
        {fact(t('staffPrivacy.breaches.subjectsNotifiedAt'), b.subjectsNotifiedAt && when(b.subjectsNotifiedAt))}
        {fact(t('staffPrivacy.breaches.closedAt'), b.closedAt && when(b.closedAt))}
        {fact(
          t('staffPrivacy.breaches.recorded'),
          `${when(b.recordedAt)} — ${b.recordedBy.name ?? t('staffPrivacy.breaches.goneAccount')}`,
        )}
      </dl>
      <BreachSteps breach={b} onDone={changed} />
    </li>
  );

  return (
    <StaffPage title={t('staffPrivacy.breaches.title')} lead={t('staffPrivacy.breaches.lead')}>
      <AdminLinks />
      {message && (
        <p className="panel staff-success" role="status">
          {message}
        </p>
      )}
      <details className="privacy-step">
        <summary>{t('staffPrivacy.breaches.form.title')}</summary>
        <BreachRecordForm onRecorded={changed} />
      </details>
      <section aria-labelledby="breach-export-title">
        <h2 id="breach-export-title">{t('staffPrivacy.breaches.export.title')}</h2>
        <p className="privacy-buttons">
          {(['csv', 'xlsx'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button--secondary"
              disabled={download === 'busy'}
              onClick={() => void exportAs(format)}
            >
              {t(`staffPrivacy.breaches.export.${format}`)}
            </button>
          ))}
        </p>
        <p role="status">
          {download === 'busy' && t('staffPrivacy.breaches.export.busy')}
          {download === 'failed' && t('staffPrivacy.breaches.export.failed')}
        </p>
      </section>
      <section aria-labelledby="breach-register-title">
        <h2 id="breach-register-title">{t('staffPrivacy.breaches.register')}</h2>
        {list.state === 'loading' && <Loading />}
        {list.state === 'failed' && <p role="alert">{problemText(list.error, t)}</p>}
        {list.state === 'ready' && list.data.items.length === 0 && <p>{t('staffPrivacy.breaches.empty')}</p>}
        {list.state === 'ready' && list.data.items.length > 0 && (
          <ul className="privacy-list">{list.data.items.map(entry)}</ul>
        )}
      </section>
    </StaffPage>
  );
}
