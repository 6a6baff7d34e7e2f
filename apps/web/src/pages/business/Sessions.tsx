import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { fetchFile, saveBlob } from '../../api/download';
import { problemMessage } from './problems';
import { businessPath, type MediationSession } from './types';

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * The mediation's sessions: when, where or online, and an .ics to add each to a calendar — the
 * api's, the invitation emailed to the business (same UID), fetched through the link as a blob.
 */
export function Sessions({ token, trackingCode }: { token: string; trackingCode: string }) {
  const { t } = useTranslation();
  const [sessions, setSessions] = useState<MediationSession[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fetching, setFetching] = useState<string | null>(null);
  const [calendarProblem, setCalendarProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api<MediationSession[]>(businessPath(token, '/sessions'))
      .then((list) => live && setSessions(list))
      .catch((error: unknown) => live && setProblem(problemMessage(error, t)));
    return () => {
      live = false;
    };
  }, [token, t]);

  const addToCalendar = async (session: MediationSession) => {
    setFetching(session.id);
    setCalendarProblem(null);
    try {
      saveBlob(
        await fetchFile(businessPath(token, `/sessions/${encodeURIComponent(session.id)}/calendar.ics`)),
        `${trackingCode}-${DAY.format(new Date(session.startsAt)).replace(/\//g, '-')}.ics`,
      );
    } catch (error) {
      setCalendarProblem(problemMessage(error, t));
    } finally {
      setFetching(null);
    }
  };

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('business.sessions.title')}</h2>
      {problem && <p role="alert">{problem}</p>}
      {!problem && sessions === null && <Loading />}
      {sessions?.length === 0 && <p>{t('business.sessions.none')}</p>}
      {sessions && sessions.length > 0 && (
        <ul className="business-sessions">
          {sessions.map((session) => (
            <li key={session.id} className="business-session">
              <p className="business-session__when">
                {t('business.sessions.when', {
                  date: DAY.format(new Date(session.startsAt)),
                  start: TIME.format(new Date(session.startsAt)),
                  end: TIME.format(new Date(session.endsAt)),
                })}
              </p>
              <p>
                {session.mode === 'online'
                  ? t('business.sessions.online', { url: session.onlineUrl ?? '' })
                  : t('business.sessions.place', { place: session.place ?? '' })}
              </p>
              <p className="business-muted">{t(`business.sessions.status.${session.status}`)}</p>
              {session.status === 'scheduled' && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={fetching !== null}
                  onClick={() => void addToCalendar(session)}
                >
                  {t('business.sessions.addToCalendar')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {calendarProblem && (
        <p role="alert" className="field__error">
          {calendarProblem}
        </p>
      )}
    </section>
  );
}
