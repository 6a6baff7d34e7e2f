import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useSectors } from '../../pages/file/useReference';
import { Loading } from '../../components/Loading';
import { staffApi } from '../session/staff-api';
import { useLoad } from '../mediation/useLoad';
import { type FieldErrors, problemText, useStaffForm } from '../mediation/useStaffForm';
import type { MediatorProfile } from '../mediation/types';
import './i18n';

/** The languages a mediator may work in (libs/domain MEDIATION_LANGUAGES). */
const LANGUAGES = ['vi', 'en', 'tay', 'nung', 'dao', 'san_diu', 'san_chay', 'hmong', 'hoa', 'muong'];

/** The Art 64.2 declarations that are a date (each proved by a paper the organisation has seen). */
const DATES = ['reputationAttestedOn', 'mediationTrainingOn', 'consumerLawTrainingOn', 'judicialRecordOn'] as const;

/** GET /mediation/mediators/:userId/profile: the list's profile plus what only the form needs. */
interface FullProfile extends MediatorProfile {
  publicProfile: string | null;
}

interface Values {
  vietnameseCitizen: boolean;
  fullCivilCapacity: boolean;
  reputationAttestedOn: string;
  mediationTrainingCertificate: string;
  mediationTrainingOn: string;
  consumerLawTrainingOn: string;
  judicialRecordOn: string;
  languages: string[];
  sectors: string[];
  maxOpenCases: string;
  accepting: boolean;
  publicProfile: string;
}

const valuesOf = (p: FullProfile): Values => ({
  vietnameseCitizen: p.vietnameseCitizen,
  fullCivilCapacity: p.fullCivilCapacity,
  reputationAttestedOn: p.reputationAttestedOn ?? '',
  mediationTrainingCertificate: p.mediationTrainingCertificate ?? '',
  mediationTrainingOn: p.mediationTrainingOn ?? '',
  consumerLawTrainingOn: p.consumerLawTrainingOn ?? '',
  judicialRecordOn: p.judicialRecordOn ?? '',
  languages: p.languages,
  sectors: p.sectors,
  maxOpenCases: String(p.maxOpenCases),
  accepting: p.accepting,
  publicProfile: p.publicProfile ?? '',
});

/** The api's field names → the inputs' ids, for one mediator (`base` keeps ids unique on the page). */
const fieldIdsFor = (base: string): Record<string, string> => ({
  vietnameseCitizen: `${base}-citizen`,
  fullCivilCapacity: `${base}-capacity`,
  reputationAttestedOn: `${base}-reputationAttestedOn`,
  mediationTrainingCertificate: `${base}-certificate`,
  mediationTrainingOn: `${base}-mediationTrainingOn`,
  consumerLawTrainingOn: `${base}-consumerLawTrainingOn`,
  judicialRecordOn: `${base}-judicialRecordOn`,
  languages: `${base}-languages-vi`,
  sectors: `${base}-sectors-first`,
  maxOpenCases: `${base}-max`,
  accepting: `${base}-accepting`,
  publicProfile: `${base}-public`,
});

/**
 * A mediator's profile as their organisation keeps it (PUT /mediation/mediators/:userId/profile):
 * the Art 64.2 declarations with the date of each paper, languages, sectors, capacity. Saving
 * changed declarations undoes the verification: the organisation verifies again afterwards.
 */
export function MediatorProfileForm({ mediator, onSaved }: { mediator: MediatorProfile; onSaved: () => void }) {
  const { t } = useTranslation();
  const profile = useLoad(
    () => staffApi<FullProfile>(`/mediation/mediators/${mediator.userId}/profile`),
    mediator.userId,
  );
  if (profile.state === 'loading') return <Loading />;
  if (profile.state === 'failed') return <p role="alert">{problemText(profile.error, t)}</p>;
  return <ProfileFields profile={profile.data} onSaved={onSaved} />;
}

function ProfileFields({ profile, onSaved }: { profile: FullProfile; onSaved: () => void }) {
  const { t } = useTranslation();
  const base = `mediator-${profile.userId.slice(0, 8)}`;
  const ids = fieldIdsFor(base);
  const form = useStaffForm(ids);
  const sectors = useSectors();
  const [values, setValues] = useState<Values>(() => valuesOf(profile));
  const [message, setMessage] = useState<string | null>(null);
  const errorsOf = (key: keyof Values) => form.errors[ids[key]] ?? [];
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const today = new Date().toISOString().slice(0, 10);

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (values.languages.length === 0) found[ids.languages] = [t('staffAdmin.mediators.form.languagesMissing')];
    const max = Number(values.maxOpenCases);
    if (!Number.isInteger(max) || max < 1 || max > 100)
      found[ids.maxOpenCases] = [t('staffAdmin.mediators.form.maxWrong')];
    for (const key of DATES) if (values[key] > today) found[ids[key]] = [t('staffAdmin.mediators.form.dateFuture')];
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const done = await form.submit(check(), async () => {
      await staffApi(`/mediation/mediators/${profile.userId}/profile`, {
        method: 'PUT',
        body: {
          vietnameseCitizen: values.vietnameseCitizen,
          fullCivilCapacity: values.fullCivilCapacity,
          reputationAttestedOn: values.reputationAttestedOn || null,
          mediationTrainingCertificate: values.mediationTrainingCertificate,
          mediationTrainingOn: values.mediationTrainingOn || null,
          consumerLawTrainingOn: values.consumerLawTrainingOn || null,
          judicialRecordOn: values.judicialRecordOn || null,
          languages: values.languages,
          sectors: values.sectors,
          maxOpenCases: Number(values.maxOpenCases),
          accepting: values.accepting,
          publicProfile: values.publicProfile,
        },
      });
    });
    if (done) {
      setMessage(t('staffAdmin.mediators.form.saved', { name: profile.fullName }));
      onSaved();
    }
  };

  const dateField = (key: (typeof DATES)[number]) => (
    <TextField
      id={ids[key]}
      label={t(`staffAdmin.mediators.form.${key}`)}
      hint={t(`staffAdmin.mediators.form.${key}Hint`)}
      errors={errorsOf(key)}
      type="date"
      max={today}
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
    />
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('staffAdmin.mediators.form.intro')}</p>
      <ErrorSummary items={form.summary} />
      <fieldset className="choices">
        <legend className="choices__legend">{t('staffAdmin.mediators.form.art64')}</legend>
        <Checkbox
          id={ids.vietnameseCitizen}
          label={t('staffAdmin.mediators.gap.vietnamese_citizen')}
          errors={errorsOf('vietnameseCitizen')}
          checked={values.vietnameseCitizen}
          onChange={set('vietnameseCitizen')}
        />
        <Checkbox
          id={ids.fullCivilCapacity}
          label={t('staffAdmin.mediators.gap.full_civil_capacity')}
          errors={errorsOf('fullCivilCapacity')}
          checked={values.fullCivilCapacity}
          onChange={set('fullCivilCapacity')}
        />
        {dateField('reputationAttestedOn')}
        <TextField
          id={ids.mediationTrainingCertificate}
          label={t('staffAdmin.mediators.form.certificate')}
          hint={t('staffAdmin.mediators.form.certificateHint')}
          errors={errorsOf('mediationTrainingCertificate')}
          value={values.mediationTrainingCertificate}
          onChange={(event) => set('mediationTrainingCertificate')(event.target.value)}
        />
        {dateField('mediationTrainingOn')}
        {dateField('consumerLawTrainingOn')}
        {dateField('judicialRecordOn')}
      </fieldset>
      <Choices
        name={`${base}-languages`}
        type="checkbox"
        legend={t('staffAdmin.mediators.form.languages')}
        hint={t('staffAdmin.mediators.form.languagesHint')}
        errors={errorsOf('languages')}
        choices={LANGUAGES.map((l) => ({ value: l, label: t(`staffMediation.language.${l}`, { defaultValue: l }) }))}
        selected={values.languages}
        onChange={set('languages')}
      />
      {sectors.state === 'loading' && <Loading />}
      {sectors.state === 'failed' && <p role="alert">{t('staffMediation.problem.network')}</p>}
      {sectors.state === 'ready' && (
        <Choices
          name={`${base}-sectors`}
          firstId={ids.sectors}
          type="checkbox"
          legend={t('staffAdmin.mediators.form.sectors')}
          hint={t('staffAdmin.mediators.form.sectorsHint')}
          errors={errorsOf('sectors')}
          choices={sectors.items.map((s) => ({ value: s.code, label: s.name }))}
          selected={values.sectors}
          onChange={set('sectors')}
        />
      )}
      <TextField
        id={ids.maxOpenCases}
        label={t('staffAdmin.mediators.form.max')}
        hint={t('staffAdmin.mediators.form.maxHint')}
        errors={errorsOf('maxOpenCases')}
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        value={values.maxOpenCases}
        onChange={(event) => set('maxOpenCases')(event.target.value)}
      />
      <Checkbox
        id={ids.accepting}
        label={t('staffAdmin.mediators.form.accepting')}
        hint={t('staffAdmin.mediators.form.acceptingHint')}
        errors={errorsOf('accepting')}
        checked={values.accepting}
        onChange={set('accepting')}
      />
      <TextField
        id={ids.publicProfile}
        label={t('staffAdmin.mediators.form.publicProfile')}
        hint={t('staffAdmin.mediators.form.publicProfileHint')}
        errors={errorsOf('publicProfile')}
        multiline
        value={values.publicProfile}
        onChange={(event) => set('publicProfile')(event.target.value)}
      />
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffAdmin.mediators.form.save')}
        <span className="visually-hidden"> {profile.fullName}</span>
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

/** A mediator's profile form behind "Sửa hồ sơ" (loaded when opened). */
export function MediatorProfileEditor({ mediator, onSaved }: { mediator: MediatorProfile; onSaved: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('staffAdmin.mediators.form.open')}
        <span className="visually-hidden"> {mediator.fullName}</span>
      </summary>
      {open && <MediatorProfileForm mediator={mediator} onSaved={onSaved} />}
    </details>
  );
}

/**
 * A new mediator account in the organisation (POST /mediation/organisations/:orgId/mediators): it
 * has no password; its owner gets an email with a one-time link to set one.
 */
export function AddMediatorForm({ organisationId, onAdded }: { organisationId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const base = `new-mediator-${organisationId.slice(0, 8)}`;
  const ids = { fullName: `${base}-name`, email: `${base}-email`, language: `${base}-language-vi` };
  const form = useStaffForm(ids);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState('vi');
  const [message, setMessage] = useState<string | null>(null);

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (fullName.trim() === '') found[ids.fullName] = [t('staffAdmin.mediators.add.nameMissing')];
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found[ids.email] = [t('staffAdmin.mediators.add.emailWrong')];
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const sent = email.trim();
    const done = await form.submit(check(), async () => {
      await staffApi(`/mediation/organisations/${organisationId}/mediators`, {
        method: 'POST',
        body: { fullName, email: sent, language },
      });
    });
    if (done) {
      setMessage(t('staffAdmin.mediators.add.done', { name: fullName.trim(), email: sent }));
      setFullName('');
      setEmail('');
      onAdded();
    }
  };

  return (
    <details>
      <summary>{t('staffAdmin.mediators.add.title')}</summary>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <dl className="staff-form-facts">
          <dt>{t('staffAdmin.mediators.add.whatLabel')}</dt>
          <dd>{t('staffAdmin.mediators.add.what')}</dd>
          <dt>{t('staffAdmin.mediators.add.toldLabel')}</dt>
          <dd>{t('staffAdmin.mediators.add.told')}</dd>
        </dl>
        <ErrorSummary items={form.summary} />
        <TextField
          id={ids.fullName}
          label={t('staffAdmin.mediators.add.name')}
          errors={form.errors[ids.fullName] ?? []}
          autoComplete="off"
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
        />
        <TextField
          id={ids.email}
          label={t('staffAdmin.mediators.add.email')}
          hint={t('staffAdmin.mediators.add.emailHint')}
          errors={form.errors[ids.email] ?? []}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Choices
          name={`${base}-language`}
          legend={t('staffAdmin.mediators.add.language')}
          errors={form.errors[ids.language] ?? []}
          choices={[
            { value: 'vi', label: t('staffAdmin.mediators.add.languageVi') },
            { value: 'en', label: t('staffAdmin.mediators.add.languageEn') },
          ]}
          selected={[language]}
          onChange={(selected) => setLanguage(selected[0] ?? 'vi')}
        />
        <button type="submit" className="button" disabled={form.sending}>
          {t('staffAdmin.mediators.add.submit')}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}
