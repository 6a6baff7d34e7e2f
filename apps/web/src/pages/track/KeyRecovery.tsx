import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { TextField } from '../../components/TextField';
import { checkTrackForm, normaliseCode } from './track-form';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Errors = { code?: string; email?: string };

/**
 * A lost access key: the tracking code and the email the complaint was filed with; a new key goes to
 * that email. The answer never says whether they matched (a stranger learns nothing).
 */
export function KeyRecovery() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const [failure, setFailure] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state === 'sending') return;
    const codeError = checkTrackForm(code, 'x').code;
    const found: Errors = {
      ...(codeError && { code: t(codeError) }),
      ...(email.trim() === ''
        ? { email: t('track.recover.errors.emailMissing') }
        : !EMAIL.test(email.trim()) && { email: t('track.recover.errors.emailFormat') }),
    };
    setErrors(found);
    if (found.code || found.email) return;
    setState('sending');
    try {
      await api('/complaints/key-recovery', {
        method: 'POST',
        body: { trackingCode: normaliseCode(code), email: email.trim() },
      });
      setState('sent');
    } catch (error) {
      const kind = error instanceof ApiError ? error.kind : 'other';
      setFailure(t(`track.errors.${['too_many', 'server', 'network'].includes(kind) ? kind : 'other'}`));
      setState('failed');
    }
  };

  return (
    <section aria-labelledby="recover-title" className="track__recover">
      <h2 id="recover-title">{t('track.recover.title')}</h2>
      {state === 'sent' ? (
        <p role="status" className="track__sent">
          {t('track.recover.sent')}
        </p>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <p>{t('track.recover.intro')}</p>
          <TextField
            id="recover-code"
            name="trackingCode"
            label={t('track.code.label')}
            hint={t('track.code.hint')}
            errors={errors.code ? [errors.code] : []}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="track__code"
          />
          <TextField
            id="recover-email"
            name="email"
            type="email"
            label={t('track.recover.email.label')}
            hint={t('track.recover.email.hint')}
            errors={errors.email ? [errors.email] : []}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            autoComplete="email"
            spellCheck={false}
          />
          {state === 'failed' && (
            <p role="alert" className="track__failed">
              {failure}
            </p>
          )}
          <button type="submit" className="button button--secondary" disabled={state === 'sending'}>
            {state === 'sending' ? t('track.recover.sending') : t('track.recover.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
