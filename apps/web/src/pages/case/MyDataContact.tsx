import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { fieldMessages, summaryItems } from './errors';
import { type Contact, correctContact } from './my-data-api';
import { useConsumerRequest } from './useConsumerRequest';

const FIELDS = ['fullName', 'phone', 'email', 'address'] as const;
const ID: Record<(typeof FIELDS)[number], string> = {
  fullName: 'my-data-fullName',
  phone: 'my-data-phone',
  email: 'my-data-email',
  address: 'my-data-address',
};

/** The form to correct one's contact data: only the fields changed are sent. */
export function MyDataContact({
  code,
  accessKey,
  contact,
  onDone,
}: {
  code: string;
  accessKey: string;
  contact: Contact;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    fullName: contact.fullName,
    phone: contact.phone ?? '',
    email: contact.email ?? '',
    address: contact.address ?? '',
  });
  const { busy, error, run } = useConsumerRequest();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Partial<Record<keyof Contact, string | null>> = {};
    for (const field of FIELDS) {
      const value = values[field].trim();
      const before = contact[field] ?? '';
      // An emptied optional field is removed; the name cannot be emptied (the api says so).
      if (value !== before) body[field] = value === '' && field !== 'fullName' ? null : value;
    }
    await run(async () => {
      const result = await correctContact(code, accessKey, body);
      setOpen(false);
      onDone(result.changed.length > 0 ? t('case.myData.contact.done') : t('case.myData.contact.unchanged'));
    });
  };

  return (
    <div className="my-data__part">
      <h3>{t('case.myData.contact.heading')}</h3>
      <p>{t('case.myData.contact.intro')}</p>
      {!open ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('case.myData.contact.start')}
        </button>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary items={summaryItems(t, error, ID)} />
          {FIELDS.map((field) => (
            <TextField
              key={field}
              id={ID[field]}
              label={t(`case.myData.contact.${field}`)}
              hint={field === 'phone' || field === 'email' ? t(`case.myData.contact.${field}Hint`) : undefined}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autoComplete={{ fullName: 'name', phone: 'tel', email: 'email', address: 'street-address' }[field]}
              errors={fieldMessages(error, field)}
              value={values[field]}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
          ))}
          <div className="case-buttons">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('case.sending') : t('case.myData.contact.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('case.myData.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
