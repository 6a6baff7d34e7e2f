import { useTranslation } from 'react-i18next';
import type { MediationSession } from '../api/types';
import { formatDate, formatTime } from '../format';
import './session-list.css';

/** The name a session's .ics is saved under when the api gives none: "TN-2026-000001-09-12-2026.ics". */
export const calendarFileName = (trackingCode: string, session: MediationSession): string =>
  `${trackingCode}-${formatDate(session.startsAt).replace(/\//g, '-')}.ics`;

/**
 * The mediation's sessions as a party sees them: when, its status, the place or the online link,
 * and "add to calendar" (the api's .ics, the emailed invitation's event) for a scheduled one.
 */
export function SessionList({
  sessions,
  onAddToCalendar,
  busy,
}: {
  sessions: readonly MediationSession[];
  onAddToCalendar: (session: MediationSession) => void;
  /** A calendar file is being fetched: the buttons wait. */
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="session">
          <p className="session__when">
            {t('sessions.when', {
              date: formatDate(session.startsAt),
              start: formatTime(session.startsAt),
              end: formatTime(session.endsAt),
            })}
          </p>
          <p>{t(`sessions.status.${session.status}`)}</p>
          {session.place && <p>{t('sessions.place', { place: session.place })}</p>}
          {session.onlineUrl && (
            <p>
              <a href={session.onlineUrl} rel="noopener noreferrer" target="_blank">
                {t('sessions.online')}
              </a>
            </p>
          )}
          {session.status === 'scheduled' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => onAddToCalendar(session)}
            >
              {t('sessions.addToCalendar')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
