import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { lastDayOf } from '../../components/DueDate';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { errorSentence, fieldMessages, summaryItems } from './errors';
import { askErasure, downloadMyData, getMyData, type MyDataSummary } from './my-data-api';
import { MyDataConsents } from './MyDataConsents';
import { MyDataContact } from './MyDataContact';
import './my-data.css';

/**
 * The consumer's rights over their personal data (Law 91/2025 Art 4): download it, correct the
 * contact data, withdraw a consent, ask for erasure. `onDone` says what changed and reloads the case.
 */
export function MyData({
  code,
  accessKey,
  onDone,
}: {
  code: string;
  accessKey: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [data, setData] = useState<MyDataSummary | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'json' | 'pdf' | 'erasure' | null>(null);
  const [erasing, setErasing] = useState(false);
  const [erasureText, setErasureText] = useState('');
  const [erasureError, setErasureError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    try {
      setData(await getMyData(code, accessKey));
      setLoadError(null);
    } catch (e) {
      setLoadError(e instanceof ApiError ? e : new ApiError('network', 0));
    }
  }, [code, accessKey]);

  useEffect(() => {
    void load();
  }, [load]);

  const done = (message: string) => {
    onDone(message);
    void load();
  };

  const download = async (format: 'json' | 'pdf') => {
    setBusy(format);
    setDownloadError(null);
    try {
      await downloadMyData(code, accessKey, format);
    } catch (e) {
      setDownloadError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setBusy(null);
    }
  };

  const erase = async () => {
    setBusy('erasure');
    setErasureError(null);
    try {
      const result = await askErasure(code, accessKey, erasureText.trim());
      setErasing(false);
      setErasureText('');
      done(result.explanation);
    } catch (e) {
      setErasureError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="case-my-data-title" className="case-action my-data">
      <h2 id="case-my-data-title">{t('case.myData.heading')}</h2>
      <p>{t('case.myData.intro')}</p>

      <div className="my-data__part">
        <h3>{t('case.myData.download.heading')}</h3>
        <p>{t('case.myData.download.intro')}</p>
        {downloadError && (
          <div className="error-summary" role="alert">
            <p>{errorSentence(t, downloadError)}</p>
          </div>
        )}
        <div className="case-buttons">
          <button type="button" className="button" disabled={busy !== null} onClick={() => void download('pdf')}>
            {busy === 'pdf' ? t('case.records.downloading') : t('case.myData.download.pdf')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() => void download('json')}
          >
            {busy === 'json' ? t('case.records.downloading') : t('case.myData.download.json')}
          </button>
        </div>
      </div>

      {loadError && (
        <div className="error-summary" role="alert">
          <p>{errorSentence(t, loadError)}</p>
        </div>
      )}
      {data && (
        <>
          <MyDataContact
            key={JSON.stringify(data.consumer)}
            code={code}
            accessKey={accessKey}
            contact={data.consumer}
            onDone={done}
          />
          <MyDataConsents code={code} accessKey={accessKey} consents={data.consents} onDone={done} />

          <div className="my-data__part">
            <h3>{t('case.myData.erasure.heading')}</h3>
            <p>{t('case.myData.erasure.intro')}</p>
            <p>{t('case.myData.erasure.kept')}</p>
            {data.requests.length > 0 && (
              <ul className="my-data__requests">
                {data.requests.map((r) => (
                  <li key={r.id}>
                    {t('case.myData.requests.line', {
                      kind: t(`case.myData.requests.kind.${r.kind}`),
                      date: formatDate(r.receivedAt),
                      status: t(`case.myData.requests.status.${r.status}`),
                    })}{' '}
                    {(r.status === 'received' || r.status === 'answered') &&
                      t('case.myData.requests.due', {
                        answer: lastDayOf(r.answerDueAt),
                        complete: lastDayOf(r.completeDueAt),
                      })}
                    {r.reason && ` ${t('case.myData.requests.reason', { reason: r.reason })}`}
                  </li>
                ))}
              </ul>
            )}
            {!erasing ? (
              <button type="button" className="button button--secondary" onClick={() => setErasing(true)}>
                {t('case.myData.erasure.start')}
              </button>
            ) : (
              <div className="case-confirm">
                <ErrorSummary items={summaryItems(t, erasureError, { text: 'my-data-erasure-text' })} />
                <p className="case-choice__name">{t('case.myData.erasure.confirm')}</p>
                <TextField
                  id="my-data-erasure-text"
                  label={t('case.myData.erasure.textLabel')}
                  hint={t('case.myData.erasure.textHint')}
                  multiline
                  errors={fieldMessages(erasureError, 'text')}
                  value={erasureText}
                  onChange={(event) => setErasureText(event.target.value)}
                />
                <div className="case-buttons">
                  <button
                    type="button"
                    className="button button--warning"
                    disabled={busy !== null}
                    onClick={() => void erase()}
                  >
                    {busy === 'erasure' ? t('case.sending') : t('case.myData.erasure.yes')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setErasing(false)}>
                    {t('case.myData.cancel')}
                  </button>
                </div>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
