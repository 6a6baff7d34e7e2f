import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediationSession } from '../../api/types';
import { Loading } from '../../components/Loading';
import { calendarFileName, SessionList } from '../../components/SessionList';
import { businessApi, businessDownload } from './business-api';
import { problemMessage } from './problems';

/** The mediation's sessions through the link, each with its .ics (the invitation emailed to the business). */
export function Sessions({ token, trackingCode }: { token: string; trackingCode: string }) {
  const { t } = useTranslation();
  const [sessions, setSessions] = useState<MediationSession[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fetching, setFetching] = useState(false);
  const [calendarProblem, setCalendarProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    businessApi<MediationSession[]>(token, '/sessions')
      .then((list) => live && setSessions(list))
      .catch((error: unknown) => live && setProblem(problemMessage(error, t)));
    return () => {
      live = false;
    };
  }, [token, t]);

  const addToCalendar = async (session: MediationSession) => {
    setFetching(true);
    setCalendarProblem(null);
    try {
      await businessDownload(
        token,
        `/sessions/${encodeURIComponent(session.id)}/calendar.ics`,
        calendarFileName(trackingCode, session),
      );
    } catch (error) {
      setCalendarProblem(problemMessage(error, t));
    } finally {
      setFetching(false);
    }
  };

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('business.sessions.title')}</h2>
      {problem && <p role="alert">{problem}</p>}
      {!problem && sessions === null && <Loading />}
      {sessions?.length === 0 && <p>{t('business.sessions.none')}</p>}
      {sessions && sessions.length > 0 && (
        <SessionList sessions={sessions} busy={fetching} onAddToCalendar={(s) => void addToCalendar(s)} />
      )}
      {calendarProblem && (
        <p role="alert" className="field__error">
          {calendarProblem}
        </p>
      )}
    </section>
  );
}
