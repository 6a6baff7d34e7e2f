import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { getSessionCalendar, getSessions } from './case-api';
import { saveBlob } from '../../api/download';
import { errorSentence } from './errors';
import type { Session } from './types';

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * The mediation sessions, each with "add to calendar": the api's .ics, the invitation emailed to the
 * consumer (same UID), fetched with the key in a header and offered through a blob: URL.
 */
export function Sessions({ code, accessKey, version }: { code: string; accessKey: string; version: string }) {
  const { t } = useTranslation();
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [fetching, setFetching] = useState<string | null>(null);
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
  const addToCalendar = async (session: Session) => {
    setFetching(session.id);
    setCalendarError(null);
    try {
      saveBlob(
        await getSessionCalendar(code, accessKey, session.id),
        `${code}-${DAY.format(new Date(session.startsAt)).replace(/\//g, '-')}.ics`,
      );
    } catch (e) {
      setCalendarError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setFetching(null);
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
        <ul className="case-sessions">
          {sessions.map((session) => (
            <li key={session.id} className="case-session">
              <p className="case-session__when">
                {t('case.sessions.when', {
                  date: DAY.format(new Date(session.startsAt)),
                  start: TIME.format(new Date(session.startsAt)),
                  end: TIME.format(new Date(session.endsAt)),
                })}
              </p>
              <p>{t(`case.sessions.status.${session.status}`)}</p>
              {session.place && <p>{t('case.sessions.place', { place: session.place })}</p>}
              {session.onlineUrl && (
                <p>
                  <a href={session.onlineUrl} rel="noopener noreferrer" target="_blank">
                    {t('case.sessions.online')}
                  </a>
                </p>
              )}
              {session.status === 'scheduled' && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={fetching !== null}
                  onClick={() => void addToCalendar(session)}
                >
                  {t('case.sessions.addToCalendar')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {calendarError && (
        <p role="alert" className="field__error">
          {errorSentence(t, calendarError)}
        </p>
      )}
    </section>
  );
}
