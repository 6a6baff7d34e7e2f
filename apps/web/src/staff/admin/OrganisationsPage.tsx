import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { StaffPage } from '../StaffPage';
import { useLoad } from '../mediation/useLoad';
import { problemText } from '../mediation/useStaffForm';
import { adminApi } from './admin-api';
import { AdminLinks } from './AdminLinks';
import { MediatorProfiles } from './MediatorProfiles';
import { EditOrganisationButton, OrganisationEditor } from './OrganisationForm';
import '../mediation/mediation.css';
import './i18n';
import './admin.css';

const MEDIATING = ['mediation_organisation', 'consumer_association'];
const KINDS = [
  'state_agency',
  'commune_committee',
  'consumer_association',
  'mediation_organisation',
  'competent_authority',
  'court',
];

/** /staff/admin/organisations: every organisation; for the mediating ones, their mediators (Art 64.2). */
export default function OrganisationsPage() {
  const { t } = useTranslation();
  const list = useLoad(() => adminApi.organisations(), 'organisations');
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const shown = list.state === 'ready' ? list.data.filter((o) => kind === '' || o.kind === kind) : [];
  return (
    <StaffPage title={t('staffAdmin.organisations.title')} lead={t('staffAdmin.organisations.lead')}>
      <AdminLinks />
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <p role="alert">{problemText(list.error, t)}</p>}
      {list.state === 'ready' && (
        <>
          <h2>{t('staffAdmin.mediators.title')}</h2>
          <p>{t('staffAdmin.mediators.intro')}</p>
          <div className="staff-actions">
            {list.data
              .filter((o) => MEDIATING.includes(o.kind))
              .map((o) => (
                <details key={o.id}>
                  <summary>{o.name}</summary>
                  <MediatorProfiles organisationId={o.id} />
                </details>
              ))}
          </div>
          <h2>{t('staffAdmin.organisations.all')}</h2>
          <OrganisationEditor organisations={list.data} onSaved={list.reload} />
          <Field id="filter-kind" label={t('staffAdmin.organisations.col.kind')}>
            {({ describedBy }) => (
              <select
                id="filter-kind"
                className="field__input"
                aria-describedby={describedBy}
                value={kind}
                onChange={(event) => setParams(event.target.value ? { kind: event.target.value } : {})}
              >
                <option value="">{t('staffAdmin.organisations.anyKind')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`staffAdmin.organisations.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {/* Scrolls sideways on a small screen: focusable, so a keyboard can scroll it too. */}
          <div
            className="staff-table-wrap"
            tabIndex={0}
            role="region"
            aria-label={t('staffAdmin.organisations.caption', { count: shown.length })}
          >
            <table className="staff-table">
              <caption>{t('staffAdmin.organisations.caption', { count: shown.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffAdmin.organisations.col.name')}</th>
                  <th scope="col">{t('staffAdmin.organisations.col.kind')}</th>
                  <th scope="col">{t('staffAdmin.organisations.col.contact')}</th>
                  <th scope="col">{t('staffAdmin.organisations.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <strong>{o.name}</strong>
                      <br />
                      {o.code}
                    </td>
                    <td>
                      {t(`staffAdmin.organisations.kind.${o.kind}`, { defaultValue: o.kind })}
                      {o.mediationType && (
                        <>
                          <br />
                          {t(`staffAdmin.organisations.mediationType.${o.mediationType}`)}
                        </>
                      )}
                    </td>
                    <td className="staff-copy">{[o.address, o.phone, o.email].filter(Boolean).join(' · ') || '—'}</td>
                    <td>
                      <span className="badge">
                        {t(o.active ? 'staffAdmin.organisations.active' : 'staffAdmin.organisations.inactive')}
                      </span>
                      {o.hasSeal && <span className="badge">{t('staffAdmin.organisations.seal')}</span>}
                      <br />
                      <EditOrganisationButton organisation={o} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </StaffPage>
  );
}
