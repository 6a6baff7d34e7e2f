import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';

/** Asks once for the access key given at filing (kept for this browser session only). */
export function KeyForm({ code, rejected, onKey }: { code: string; rejected: boolean; onKey: (key: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const message = empty ? t('case.key.empty') : rejected ? t('case.key.rejected') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = value.trim();
    if (!key) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onKey(key);
  };

  return (
    <>
      <ErrorSummary items={message ? [{ fieldId: 'access-key', message }] : []} />
      <h1>{t('case.key.title')}</h1>
      <p>{t('case.key.intro', { code })}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="access-key"
          label={t('case.key.label')}
          hint={t('case.key.hint')}
          errors={message ? [message] : []}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
        />
        <button type="submit" className="button">
          {t('case.key.submit')}
        </button>
      </form>
    </>
  );
}
