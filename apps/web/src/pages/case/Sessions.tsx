import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { MediationSession } from '../../api/types';
import { calendarFileName, SessionList } from '../../components/SessionList';
import { downloadSessionCalendar, getSessions } from './case-api';
import { errorSentence } from './errors';

/**
 * The mediation sessions, each with "add to calendar": the api's .ics, the invitation emailed to the
 * consumer (same UID), fetched with the key in a header and offered through a blob: URL.
 */
export function Sessions({ code, accessKey, version }: { code: string; accessKey: string; version: string }) {
  const { t } = useTranslation();
  const [sessions, setSessions] = useState<MediationSession[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [fetching, setFetching] = useState(false);
  const [calendarError, setCalendarError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    getSessions(code, accessKey)
      .then((list) => live && setSessions(list))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError('network', 0)));
    return () => {
      live = false;
    };
  }, [code, accessKey, version, attempt]);

  if (!sessions && !error) return null;
  const addToCalendar = async (session: MediationSession) => {
    setFetching(true);
    setCalendarError(null);
    try {
      await downloadSessionCalendar(code, accessKey, session.id, calendarFileName(code, session));
    } catch (e) {
      setCalendarError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setFetching(false);
    }
  };

  return (
    <section aria-labelledby="case-sessions-title">
      <h2 id="case-sessions-title">{t('case.sessions.heading')}</h2>
      {error && (
        <div className="error-summary" role="alert">
          <p>{errorSentence(t, error)}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setError(null);
              setAttempt((a) => a + 1);
            }}
          >
            {t('case.loadFailed.retry')}
          </button>
        </div>
      )}
      {sessions && sessions.length === 0 && <p>{t('case.sessions.none')}</p>}
      {sessions && sessions.length > 0 && (
        <SessionList sessions={sessions} busy={fetching} onAddToCalendar={(s) => void addToCalendar(s)} />
      )}
      {calendarError && (
        <p role="alert" className="field__error">
          {errorSentence(t, calendarError)}
        </p>
      )}
    </section>
  );
}
