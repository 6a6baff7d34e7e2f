import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Checkbox, Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { FormFacts } from '../mediation/FormFacts';
import { useStaffForm } from '../mediation/useStaffForm';
import { adminApi } from './admin-api';
import { ActiveOrganisationOptions, RoleOptions } from './SelectOptions';
import { ROLES_WITH_ORGANISATION, type Account, type Organisation } from './types';

const IDS = {
  email: 'account-email',
  fullName: 'account-name',
  role: 'account-role',
  organisationId: 'account-organisation',
  supervisor: 'account-supervisor',
  language: 'account-language',
};

/** A new staff account: no password until its owner sets one through the emailed link. */
export function CreateAccountForm({
  organisations,
  onCreated,
}: {
  organisations: readonly Organisation[];
  onCreated: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [supervisor, setSupervisor] = useState(false);
  const [language, setLanguage] = useState<string[]>(['vi']);
  const form = useStaffForm(IDS);
  const needsOrganisation = (ROLES_WITH_ORGANISATION as readonly string[]).includes(role);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found[IDS.email] = [t('staffAdmin.accounts.emailBad')];
    if (fullName.trim() === '') found[IDS.fullName] = [t('staffAdmin.accounts.nameMissing')];
    if (role === '') found[IDS.role] = [t('staffAdmin.accounts.roleMissing')];
    if (needsOrganisation && organisationId === '')
      found[IDS.organisationId] = [t('staffAdmin.accounts.organisationMissing')];
    let created: Account | undefined;
    let taken = false;
    const ok = await form.submit(found, async () => {
      try {
        created = await adminApi.createAccount({
          email: email.trim(),
          fullName: fullName.trim(),
          role,
          ...(organisationId ? { organisationId } : {}),
          supervisor,
          language: language[0] === 'en' ? 'en' : 'vi',
        });
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'conflict') taken = true;
        throw error;
      }
    });
    if (taken) await form.submit({ [IDS.email]: [t('staffAdmin.accounts.emailTaken')] }, () => Promise.resolve());
    if (ok && created) {
      setEmail('');
      setFullName('');
      setRole('');
      setOrganisationId('');
      setSupervisor(false);
      onCreated(created);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffAdmin.accounts.createDoes')}
        told={t('staffAdmin.accounts.createTold')}
        basis={t('staffAdmin.accounts.createBasis')}
      />
      <TextField
        id={IDS.email}
        label={t('staffAdmin.accounts.email')}
        type="email"
        autoComplete="off"
        errors={form.errors[IDS.email]}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        id={IDS.fullName}
        label={t('staffAdmin.accounts.fullName')}
        autoComplete="off"
        errors={form.errors[IDS.fullName]}
        value={fullName}
        maxLength={200}
        onChange={(event) => setFullName(event.target.value)}
      />
      <SelectField
        id={IDS.role}
        label={t('staffAdmin.accounts.role')}
        errors={form.errors[IDS.role]}
        value={role}
        onChange={(event) => setRole(event.target.value)}
      >
        <option value="">{t('staffAdmin.accounts.choose')}</option>
        <RoleOptions />
      </SelectField>
      <SelectField
        id={IDS.organisationId}
        label={t('staffAdmin.accounts.organisation')}
        hint={t(
          needsOrganisation ? 'staffAdmin.accounts.organisationNeeded' : 'staffAdmin.accounts.organisationOptional',
        )}
        errors={form.errors[IDS.organisationId]}
        value={organisationId}
        onChange={(event) => setOrganisationId(event.target.value)}
      >
        <option value="">{t('staffAdmin.accounts.noOrganisation')}</option>
        <ActiveOrganisationOptions organisations={organisations} />
      </SelectField>
      <Checkbox
        id={IDS.supervisor}
        label={t('staffAdmin.accounts.supervisor')}
        hint={t('staffAdmin.accounts.supervisorHint')}
        checked={supervisor}
        onChange={setSupervisor}
      />
      <Choices
        name="account-language"
        idBase={IDS.language}
        legend={t('staffAdmin.accounts.language')}
        selected={language}
        onChange={setLanguage}
        choices={[
          { value: 'vi', label: t('staffAdmin.accounts.langVi') },
          { value: 'en', label: t('staffAdmin.accounts.langEn') },
        ]}
      />
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffAdmin.accounts.create')}
      </button>
    </form>
  );
}
