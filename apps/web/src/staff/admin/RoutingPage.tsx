import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { Loading } from '../../components/Loading';
import { useCommunes, useSectors } from '../../pages/file/useReference';
import { FormFacts } from '../mediation/FormFacts';
import { useLoad } from '../mediation/useLoad';
import { problemText, useStaffForm } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { adminApi } from './admin-api';
import { AdminLinks } from './AdminLinks';
import { ActiveOrganisationOptions } from './SelectOptions';
import './i18n';
import './admin.css';

const IDS = { communeCode: 'rule-commune', sectorCode: 'rule-sector', organisationId: 'rule-organisation' };

/** /staff/admin/routing: which unit handles a new complaint, by commune and sector. */
export default function RoutingPage() {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const data = useLoad(async () => {
    const [rules, organisations] = await Promise.all([adminApi.routingRules(), adminApi.organisations()]);
    return { rules, organisations };
  }, String(round));
  const communes = useCommunes();
  const sectors = useSectors();
  const [commune, setCommune] = useState('');
  const [sector, setSector] = useState('');
  const [organisation, setOrganisation] = useState('');
  const form = useStaffForm(IDS);

  const communeName = (code: string | null) =>
    code === null
      ? t('staffAdmin.routing.any')
      : (communes.state === 'ready' && communes.items.find((c) => c.code === code)?.name) || code;
  const sectorName = (code: string | null) =>
    code === null
      ? t('staffAdmin.routing.any')
      : (sectors.state === 'ready' && sectors.items.find((s) => s.code === code)?.name) || code;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const found: Record<string, string[]> = {};
    if (organisation === '') found[IDS.organisationId] = [t('staffAdmin.routing.organisationMissing')];
    const ok = await form.submit(found, async () => {
      await adminApi.createRoutingRule({
        organisationId: organisation,
        ...(commune ? { communeCode: commune } : {}),
        ...(sector ? { sectorCode: sector } : {}),
      });
    });
    if (ok) {
      setMessage(t('staffAdmin.routing.added'));
      setRound((r) => r + 1);
    }
  };

  const retire = async (id: string) => {
    setMessage(null);
    try {
      await adminApi.retireRoutingRule(id);
      setMessage(t('staffAdmin.routing.retired'));
      setRound((r) => r + 1);
    } catch (error) {
      setMessage(problemText(error, t));
    }
  };

  if (data.state === 'loading')
    return (
      <StaffPage title={t('staffAdmin.routing.title')}>
        <Loading />
      </StaffPage>
    );
  if (data.state === 'failed')
    return (
      <StaffPage title={t('staffAdmin.routing.title')}>
        <p role="alert">{problemText(data.error, t)}</p>
      </StaffPage>
    );
  const { rules, organisations } = data.data;
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  const active = rules.filter((r) => r.active);

  return (
    <StaffPage title={t('staffAdmin.routing.title')} lead={t('staffAdmin.routing.lead')}>
      <AdminLinks />
      {message && (
        <p className="panel staff-success" role="status">
          {message}
        </p>
      )}
      {active.length === 0 ? (
        <p>{t('staffAdmin.routing.none')}</p>
      ) : (
        <div className="staff-table-wrap">
          <table className="staff-table">
            <caption>{t('staffAdmin.routing.caption', { count: active.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffAdmin.routing.commune')}</th>
                <th scope="col">{t('staffAdmin.routing.sector')}</th>
                <th scope="col">{t('staffAdmin.routing.organisation')}</th>
                <th scope="col">{t('staffAdmin.routing.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((r) => (
                <tr key={r.id}>
                  <td>{communeName(r.communeCode)}</td>
                  <td>{sectorName(r.sectorCode)}</td>
                  <td>{orgName(r.organisationId)}</td>
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => void retire(r.id)}>
                      {t('staffAdmin.routing.retire')}
                      <span className="visually-hidden">
                        {' '}
                        {communeName(r.communeCode)}, {sectorName(r.sectorCode)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form noValidate onSubmit={(event) => void add(event)}>
        <h2>{t('staffAdmin.routing.addTitle')}</h2>
        <ErrorSummary items={form.summary} />
        <FormFacts
          does={t('staffAdmin.routing.does')}
          told={t('staffAdmin.routing.told')}
          basis={t('staffAdmin.routing.basis')}
        />
        <SelectField
          id={IDS.communeCode}
          label={t('staffAdmin.routing.commune')}
          errors={form.errors[IDS.communeCode]}
          value={commune}
          onChange={(e) => setCommune(e.target.value)}
        >
          <option value="">{t('staffAdmin.routing.any')}</option>
          {communes.state === 'ready' &&
            communes.items.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
        </SelectField>
        <SelectField
          id={IDS.sectorCode}
          label={t('staffAdmin.routing.sector')}
          errors={form.errors[IDS.sectorCode]}
          value={sector}
          onChange={(e) => setSector(e.target.value)}
        >
          <option value="">{t('staffAdmin.routing.any')}</option>
          {sectors.state === 'ready' &&
            sectors.items.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
        </SelectField>
        <SelectField
          id={IDS.organisationId}
          label={t('staffAdmin.routing.organisation')}
          errors={form.errors[IDS.organisationId]}
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        >
          <option value="">{t('staffAdmin.accounts.choose')}</option>
          <ActiveOrganisationOptions organisations={organisations} />
        </SelectField>
        <button type="submit" className="button" disabled={form.sending}>
          {t('staffAdmin.routing.add')}
        </button>
      </form>
    </StaffPage>
  );
}
