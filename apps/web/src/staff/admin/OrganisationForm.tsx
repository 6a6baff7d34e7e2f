import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Checkbox, Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { staffApi } from '../session/staff-api';
import { type FieldErrors, useStaffForm } from '../mediation/useStaffForm';
import type { Organisation } from './types';
import './i18n';

const KINDS = [
  'mediation_organisation',
  'consumer_association',
  'state_agency',
  'commune_committee',
  'competent_authority',
  'court',
];
const MEDIATION_TYPES = ['a', 'b', 'c'];
const MEDIATING = ['mediation_organisation', 'consumer_association'];

/** The api's field names → the inputs' ids (its 400 errors go beside these). */
const FIELD_IDS: Record<string, string> = {
  code: 'org-code',
  name: 'org-name',
  kind: 'org-kind-mediation_organisation',
  communeCode: 'org-commune',
  mediationType: 'org-type-a',
  address: 'org-address',
  email: 'org-email',
  phone: 'org-phone',
  website: 'org-website',
  hasSeal: 'org-seal',
  active: 'org-active',
};

interface Values {
  code: string;
  name: string;
  kind: string;
  communeCode: string;
  mediationType: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  hasSeal: boolean;
  active: boolean;
}

const valuesOf = (o?: Organisation): Values => ({
  code: o?.code ?? '',
  name: o?.name ?? '',
  kind: o?.kind ?? '',
  communeCode: o?.communeCode ?? '',
  mediationType: o?.mediationType ?? '',
  address: o?.address ?? '',
  email: o?.email ?? '',
  phone: o?.phone ?? '',
  website: o?.website ?? '',
  hasSeal: o?.hasSeal ?? false,
  active: o?.active ?? true,
});

/**
 * Adds an organisation (POST /admin/organisations) or changes one (PATCH /admin/organisations/:id:
 * contacts, seal, Art 63.1 type and whether it is active; its code, name and kind stay as created).
 */
export function OrganisationForm({
  organisation,
  onSaved,
  onCancel,
}: {
  organisation?: Organisation;
  onSaved: (saved: Organisation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const creating = !organisation;
  const [values, setValues] = useState<Values>(() => valuesOf(organisation));
  const form = useStaffForm(FIELD_IDS);
  const errorsOf = (id: string) => form.errors[id] ?? [];
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof Values) => ({
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });
  const mediating = MEDIATING.includes(values.kind);

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (creating && values.code.trim() === '') found['org-code'] = [t('staffAdmin.organisations.form.codeMissing')];
    if (creating && values.name.trim() === '') found['org-name'] = [t('staffAdmin.organisations.form.nameMissing')];
    if (creating && values.kind === '')
      found['org-kind-mediation_organisation'] = [t('staffAdmin.organisations.form.kindMissing')];
    if (values.kind === 'mediation_organisation' && values.mediationType === '')
      found['org-type-a'] = [t('staffAdmin.organisations.form.typeMissing')];
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const contacts = {
      mediationType: mediating ? values.mediationType || null : null,
      address: values.address,
      email: values.email,
      phone: values.phone,
      website: values.website,
      hasSeal: values.hasSeal,
    };
    await form.submit(check(), async () => {
      const saved = creating
        ? await staffApi<Organisation>('/admin/organisations', {
            method: 'POST',
            body: {
              ...contacts,
              code: values.code.trim().toUpperCase(),
              name: values.name,
              kind: values.kind,
              communeCode: values.communeCode,
            },
          })
        : await staffApi<Organisation>(`/admin/organisations/${organisation.id}`, {
            method: 'PATCH',
            body: { ...contacts, active: values.active },
          });
      onSaved(saved);
    });
  };

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <form
      id="organisation-form"
      className="panel"
      aria-labelledby="organisation-form-title"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="organisation-form-title" ref={heading} tabIndex={-1}>
        {creating
          ? t('staffAdmin.organisations.form.createTitle')
          : t('staffAdmin.organisations.form.editTitle', { name: organisation.name })}
      </h3>
      <p>{t('staffAdmin.organisations.form.art63')}</p>
      <ErrorSummary items={form.summary} />
      {creating ? (
        <>
          <TextField
            id="org-name"
            label={t('staffAdmin.organisations.form.name')}
            errors={errorsOf('org-name')}
            autoComplete="organization"
            {...text('name')}
          />
          <TextField
            id="org-code"
            label={t('staffAdmin.organisations.form.code')}
            hint={t('staffAdmin.organisations.form.codeHint')}
            errors={errorsOf('org-code')}
            autoCapitalize="characters"
            spellCheck={false}
            {...text('code')}
          />
          <Choices
            name="org-kind"
            legend={t('staffAdmin.organisations.form.kind')}
            errors={errorsOf('org-kind-mediation_organisation')}
            choices={KINDS.map((k) => ({
              value: k,
              label: t(`staffAdmin.organisations.kind.${k}`),
              hint: MEDIATING.includes(k) ? t(`staffAdmin.organisations.form.kindHint.${k}`) : undefined,
            }))}
            selected={values.kind ? [values.kind] : []}
            onChange={(selected) => set('kind')(selected[0] ?? '')}
          />
          <TextField
            id="org-commune"
            label={t('staffAdmin.organisations.form.commune')}
            hint={t('staffAdmin.organisations.form.communeHint')}
            errors={errorsOf('org-commune')}
            inputMode="numeric"
            {...text('communeCode')}
          />
        </>
      ) : (
        <dl className="staff-dl">
          <dt>{t('staffAdmin.organisations.form.code')}</dt>
          <dd>{organisation.code}</dd>
          <dt>{t('staffAdmin.organisations.form.kind')}</dt>
          <dd>{t(`staffAdmin.organisations.kind.${organisation.kind}`, { defaultValue: organisation.kind })}</dd>
        </dl>
      )}
      {mediating && (
        <Choices
          name="org-type"
          legend={t('staffAdmin.organisations.form.mediationType')}
          hint={t('staffAdmin.organisations.form.mediationTypeHint')}
          errors={errorsOf('org-type-a')}
          choices={MEDIATION_TYPES.map((m) => ({ value: m, label: t(`staffAdmin.organisations.mediationType.${m}`) }))}
          selected={values.mediationType ? [values.mediationType] : []}
          onChange={(selected) => set('mediationType')(selected[0] ?? '')}
        />
      )}
      <TextField
        id="org-address"
        label={t('staffAdmin.organisations.form.address')}
        errors={errorsOf('org-address')}
        autoComplete="street-address"
        {...text('address')}
      />
      <TextField
        id="org-phone"
        label={t('staffAdmin.organisations.form.phone')}
        hint={t('staffAdmin.organisations.form.phoneHint')}
        errors={errorsOf('org-phone')}
        type="tel"
        autoComplete="tel"
        {...text('phone')}
      />
      <TextField
        id="org-email"
        label={t('staffAdmin.organisations.form.email')}
        errors={errorsOf('org-email')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...text('email')}
      />
      <TextField
        id="org-website"
        label={t('staffAdmin.organisations.form.website')}
        hint={t('staffAdmin.organisations.form.websiteHint')}
        errors={errorsOf('org-website')}
        type="url"
        autoComplete="url"
        spellCheck={false}
        {...text('website')}
      />
      <Checkbox
        id="org-seal"
        label={t('staffAdmin.organisations.form.seal')}
        hint={t('staffAdmin.organisations.form.sealHint')}
        errors={errorsOf('org-seal')}
        checked={values.hasSeal}
        onChange={set('hasSeal')}
      />
      {!creating && (
        <Checkbox
          id="org-active"
          label={t('staffAdmin.organisations.form.active')}
          hint={t('staffAdmin.organisations.form.activeHint')}
          errors={errorsOf('org-active')}
          checked={values.active}
          onChange={set('active')}
        />
      )}
      <div className="admin-row-actions">
        <button type="submit" className="button" disabled={form.sending}>
          {creating ? t('staffAdmin.organisations.form.create') : t('staffAdmin.organisations.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('staffAdmin.organisations.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The "add an organisation" button and the form that adds or changes one, above the table; which
 * one is open stays in the address (`?edit=new` or `?edit=<id>`), so it can be shared.
 */
export function OrganisationEditor({
  organisations,
  onSaved,
}: {
  organisations: readonly Organisation[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const editing = params.get('edit');
  const organisation = organisations.find((o) => o.id === editing);
  const close = () =>
    setParams((p) => {
      p.delete('edit');
      return p;
    });
  const saved = (o: Organisation) => {
    setMessage(
      t(editing === 'new' ? 'staffAdmin.organisations.form.created' : 'staffAdmin.organisations.form.saved', {
        name: o.name,
      }),
    );
    close();
    onSaved();
  };
  return (
    <>
      {message && <p role="status">{message}</p>}
      {editing === 'new' && <OrganisationForm key="new" onSaved={saved} onCancel={close} />}
      {organisation && (
        <OrganisationForm key={organisation.id} organisation={organisation} onSaved={saved} onCancel={close} />
      )}
      {editing !== 'new' && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setMessage(null);
              setParams((p) => {
                p.set('edit', 'new');
                return p;
              });
            }}
          >
            {t('staffAdmin.organisations.form.add')}
          </button>
        </p>
      )}
    </>
  );
}

/** The button in an organisation's row that opens its form above the table. */
export function EditOrganisationButton({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() =>
        setParams((p) => {
          p.set('edit', organisation.id);
          return p;
        })
      }
    >
      {t('staffAdmin.organisations.form.edit')}
      <span className="visually-hidden"> {organisation.name}</span>
    </button>
  );
}
