import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { Checkbox, Choices } from '../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { CopyButton } from '../../pages/file/CopyButton';
import { CONSENT_TEXT_VERSION } from '../../pages/file/draft';
import { useCommunes, useSectors } from '../../pages/file/useReference';
import { staffApi } from '../session/staff-api';
import { StaffPage } from '../StaffPage';
import { STAFF_INTAKE_CHANNELS } from '../case/vocabulary';

const PURCHASE_CHANNELS = [
  'in_store',
  'ecommerce_platform',
  'social_network',
  'phone_tv_sales',
  'door_to_door',
  'other',
];
const RESOLUTIONS = ['refund', 'replacement', 'repair', 'compensation', 'apology', 'correction_of_terms', 'other'];

interface Registered {
  id: string;
  trackingCode: string;
  accessKey: string;
}

type Text = Record<string, string>;

/** The id of an api field ("consumer.fullName") on this page. */
const idOf = (field: string) => `intake-${field.replace(/\./g, '-')}`;

/**
 * /staff/cases/new: a complaint taken by phone, by email, in person, by post or from the hotline,
 * registered for the consumer with the channel recorded (POST /api/v1/cases). The api checks every
 * field and answers in the page's language; its messages show beside the fields.
 */
export default function IntakePage() {
  const { t } = useTranslation();
  const sectors = useSectors();
  const communes = useCommunes();
  const [text, setText] = useState<Text>({});
  const [channel, setChannel] = useState('');
  const [resolutions, setResolutions] = useState<string[]>([]);
  const [contacted, setContacted] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Registered | undefined>(undefined);
  // One key per complaint: a second click or a retry registers it once.
  const idempotencyKey = useRef(crypto.randomUUID());

  const value = (name: string) => text[name] ?? '';
  const set = (name: string) => (event: { target: { value: string } }) =>
    setText((before) => ({ ...before, [name]: event.target.value }));
  const errorsOf = (field: string) => errors.filter((e) => e.fieldId === idOf(field)).map((e) => e.message);
  const optional = (name: string) => (value(name).trim() === '' ? undefined : value(name).trim());

  const body = () => ({
    channel: channel || undefined,
    receivedAt: optional('receivedAt') ? new Date(value('receivedAt')).toISOString() : undefined,
    consumer: {
      fullName: value('consumer.fullName').trim(),
      phone: optional('consumer.phone'),
      email: optional('consumer.email'),
      communeCode: value('consumer.communeCode'),
      address: optional('consumer.address'),
    },
    business: {
      name: value('business.name').trim(),
      taxCode: optional('business.taxCode'),
      phone: optional('business.phone'),
      email: optional('business.email'),
      address: optional('business.address'),
    },
    purchase: {
      sectorCode: value('purchase.sectorCode'),
      product: value('purchase.product').trim(),
      purchaseDate: optional('purchase.purchaseDate'),
      amountVnd: optional('purchase.amountVnd') ? Number(value('purchase.amountVnd').replace(/[^\d]/g, '')) : undefined,
      channel: value('purchase.channel') || undefined,
    },
    description: value('description').trim(),
    desiredResolutions: resolutions,
    businessContacted: contacted ? { contacted: contacted === 'yes' } : undefined,
    consents: { dataProcessing: consent, textVersion: CONSENT_TEXT_VERSION },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: SummaryItem[] = [];
    if (!channel) missing.push({ fieldId: idOf('channel'), message: t('staff.intake.channelMissing') });
    if (!consent) missing.push({ fieldId: idOf('consents.dataProcessing'), message: t('staff.intake.consentMissing') });
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      const answer = await staffApi<Registered>('/cases', {
        method: 'POST',
        body: body(),
        headers: { 'Idempotency-Key': idempotencyKey.current },
      });
      setDone(answer);
      window.scrollTo(0, 0);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setErrors(error.fieldErrors.flatMap((f) => f.messages.map((message) => ({ fieldId: idOf(f.field), message }))));
      } else {
        const kind = error instanceof ApiError ? error.kind : 'server';
        setErrors([{ message: t(`staff.problem.${kind}`, { defaultValue: t('staff.problem.server') }) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <StaffPage title={t('staff.intake.doneTitle')}>
        <div className="panel staff-success" role="status">
          <p>{t('staff.intake.doneCode', { code: done.trackingCode })}</p>
          <p>{t('staff.intake.doneKey')}</p>
          <p className="staff-copy">
            <code>{done.accessKey}</code>
          </p>
          <CopyButton value={done.accessKey} label={t('staff.intake.copyKey')} />
          <p>{t('staff.intake.doneKeyOnce')}</p>
        </div>
        <p>
          <Link to={`/staff/cases/${done.id}`}>{t('staff.intake.openCase', { code: done.trackingCode })}</Link>
        </p>
        <p>
          <a href="/staff/cases/new">{t('staff.intake.another')}</a>
        </p>
      </StaffPage>
    );
  }

  const input = (
    field: string,
    props: { type?: string; inputMode?: 'numeric' | 'tel' | 'email'; autoComplete?: string; multiline?: boolean } = {},
  ) => (
    <TextField
      id={idOf(field)}
      label={t(`staff.intake.field.${field}`)}
      hint={t(`staff.intake.hint.${field}`, { defaultValue: '' }) || undefined}
      errors={errorsOf(field)}
      value={value(field)}
      onChange={set(field)}
      autoComplete={props.autoComplete ?? 'off'}
      type={props.type}
      inputMode={props.inputMode}
      multiline={props.multiline}
    />
  );

  const select = (field: string, options: { value: string; label: string }[]) => (
    <SelectField
      id={idOf(field)}
      label={t(`staff.intake.field.${field}`)}
      errors={errorsOf(field)}
      value={value(field)}
      onChange={set(field)}
    >
      <option value="">{t('staff.intake.choose')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <StaffPage title={t('staff.intake.title')} lead={t('staff.intake.lead')}>
      <ErrorSummary items={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Choices
          name="channel"
          idBase={idOf('channel')}
          firstId={idOf('channel')}
          legend={t('staff.intake.field.channel')}
          errors={errorsOf('channel')}
          choices={STAFF_INTAKE_CHANNELS.map((c) => ({ value: c, label: t(`staff.channel.${c}`) }))}
          selected={channel ? [channel] : []}
          onChange={([chosen]) => setChannel(chosen ?? '')}
        />
        {input('receivedAt', { type: 'datetime-local' })}
        <fieldset className="staff-fieldset">
          <legend>{t('staff.intake.consumer')}</legend>
          {input('consumer.fullName', { autoComplete: 'off' })}
          {input('consumer.phone', { type: 'tel', inputMode: 'tel' })}
          {input('consumer.email', { type: 'email', inputMode: 'email' })}
          {select(
            'consumer.communeCode',
            communes.state === 'ready' ? communes.items.map((c) => ({ value: c.code, label: c.name })) : [],
          )}
          {input('consumer.address')}
        </fieldset>
        <fieldset className="staff-fieldset">
          <legend>{t('staff.intake.business')}</legend>
          {input('business.name')}
          {input('business.taxCode', { inputMode: 'numeric' })}
          {input('business.phone', { type: 'tel', inputMode: 'tel' })}
          {input('business.email', { type: 'email', inputMode: 'email' })}
          {input('business.address')}
        </fieldset>
        <fieldset className="staff-fieldset">
          <legend>{t('staff.intake.purchase')}</legend>
          {select(
            'purchase.sectorCode',
            sectors.state === 'ready' ? sectors.items.map((s) => ({ value: s.code, label: s.name })) : [],
          )}
          {input('purchase.product')}
          {input('purchase.purchaseDate', { type: 'date' })}
          {input('purchase.amountVnd', { inputMode: 'numeric' })}
          {select(
            'purchase.channel',
            PURCHASE_CHANNELS.map((c) => ({ value: c, label: t(`file.channels.${c}`) })),
          )}
        </fieldset>
        {input('description', { multiline: true })}
        <Choices
          name="desiredResolutions"
          idBase={idOf('desiredResolutions')}
          firstId={idOf('desiredResolutions')}
          type="checkbox"
          legend={t('staff.intake.field.desiredResolutions')}
          errors={errorsOf('desiredResolutions')}
          choices={RESOLUTIONS.map((r) => ({ value: r, label: t(`file.resolutions.${r}`) }))}
          selected={resolutions}
          onChange={setResolutions}
        />
        <Choices
          name="businessContacted"
          idBase={idOf('businessContacted')}
          firstId={idOf('businessContacted')}
          legend={t('staff.intake.field.businessContacted')}
          errors={errorsOf('businessContacted')}
          choices={[
            { value: 'yes', label: t('staff.intake.yes') },
            { value: 'no', label: t('staff.intake.no') },
          ]}
          selected={contacted ? [contacted] : []}
          onChange={([chosen]) => setContacted(chosen ?? '')}
        />
        <Checkbox
          id={idOf('consents.dataProcessing')}
          label={t('staff.intake.field.consent')}
          hint={t('staff.intake.hint.consent')}
          errors={errorsOf('consents.dataProcessing')}
          checked={consent}
          onChange={setConsent}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('staff.action.sending') : t('staff.intake.submit')}
        </button>
      </form>
    </StaffPage>
  );
}
