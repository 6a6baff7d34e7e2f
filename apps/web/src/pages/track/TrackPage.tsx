import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError } from '../../api/client';
import { saveAccessKey } from '../../api/access-key';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { KeyRecovery } from './KeyRecovery';
import { checkTrackForm, normaliseCode, type TrackErrors } from './track-form';
import './track.css';

/** Tracking code + access key: checked with the api, then the case page (the key kept for the session only). */
export default function TrackPage() {
  const { t } = useTranslation();
  usePageTitle(t('track.title'));
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<TrackErrors>({});
  const [pageError, setPageError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkTrackForm(code, key);
    setErrors(found);
    setPageError(undefined);
    if (found.code || found.key) return;
    const trackingCode = normaliseCode(code);
    const accessKey = key.trim();
    setBusy(true);
    try {
      // The key goes in a header only, never in the address.
      await api(`/complaints/${encodeURIComponent(trackingCode)}`, { headers: { 'X-Access-Key': accessKey } });
      saveAccessKey(trackingCode, accessKey);
      void navigate(`/complaints/${encodeURIComponent(trackingCode)}`);
    } catch (error) {
      setPageError(messageFor(error));
      setBusy(false);
    }
  };

  const messageFor = (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('track.errors.other');
    switch (error.kind) {
      case 'not_found':
      case 'forbidden':
        return t('track.errors.notFound');
      case 'validation':
        return t('track.errors.validation');
      case 'too_many':
        return t('track.errors.too_many');
      case 'server':
        return t('track.errors.server');
      case 'network':
        return t('track.errors.network');
      default:
        return t('track.errors.other');
    }
  };

  // A new list only when the errors change (each submit): the summary takes focus when it does.
  const items = useMemo<SummaryItem[]>(
    () => [
      ...(pageError ? [{ fieldId: 'tracking-code', message: pageError }] : []),
      ...(errors.code ? [{ fieldId: 'tracking-code', message: t(errors.code) }] : []),
      ...(errors.key ? [{ fieldId: 'access-key', message: t(errors.key) }] : []),
    ],
    [pageError, errors, t],
  );

  return (
    <>
      <ErrorSummary items={items} />
      <h1>{t('track.title')}</h1>
      <p>{t('track.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="tracking-code"
          name="trackingCode"
          label={t('track.code.label')}
          hint={t('track.code.hint')}
          errors={errors.code ? [t(errors.code)] : []}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="track__code"
        />
        <TextField
          id="access-key"
          name="accessKey"
          label={t('track.key.label')}
          hint={t('track.key.hint')}
          errors={errors.key ? [t(errors.key)] : []}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <p className="track__note">{t('track.kept')}</p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('track.checking') : t('track.submit')}
        </button>
      </form>
      <KeyRecovery />
      <p>{t('track.lost')}</p>
      <p>
        {t('track.new')} <Link to="/complaints/new">{t('track.newLink')}</Link>
      </p>
    </>
  );
}
