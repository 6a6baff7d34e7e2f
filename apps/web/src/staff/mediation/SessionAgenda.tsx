import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../format';
import { byWeek } from './agenda';
import type { StaffSession } from './types';

const WEEKDAY = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long' }),
};

/**
 * Sessions as an agenda grouped by week (a heading per week, a list of sessions in it): readable
 * by a screen reader and at 360 px, unlike a grid calendar. `actions` adds what one may do with each.
 */
export function SessionAgenda<T extends StaffSession>({
  sessions,
  headingLevel = 3,
  caseLabel,
  actions,
}: {
  sessions: readonly T[];
  headingLevel?: 3 | 4;
  /** The case a session belongs to (the mediator's agenda across cases). */
  caseLabel?: (session: T) => ReactNode;
  actions?: (session: T) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const weekday = i18n.language === 'en' ? WEEKDAY.en : WEEKDAY.vi;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="agenda">
      {byWeek(sessions, (s) => s.startsAt).map((week) => (
        <section key={week.monday.toISOString()} className="agenda__week">
          <Heading>
            {t('staffMediation.agenda.week', { from: formatDate(week.monday), to: formatDate(week.sunday) })}
          </Heading>
          <ul className="agenda__list">
            {week.items.map((session) => (
              <li key={session.id} className={`agenda__item agenda__item--${session.status}`}>
                <p className="agenda__when">
                  {t('staffMediation.agenda.when', {
                    day: weekday.format(new Date(session.startsAt)),
                    date: formatDate(session.startsAt),
                    start: formatTime(session.startsAt),
                    end: formatTime(session.endsAt),
                  })}
                </p>
                {caseLabel && <p>{caseLabel(session)}</p>}
                <p>
                  <span className="badge">{t(`staffMediation.session.status.${session.status}`)}</span>{' '}
                  {session.mode === 'online'
                    ? t('staffMediation.session.online')
                    : t('staffMediation.session.place', { place: session.place ?? '' })}
                </p>
                {session.onlineUrl && (
                  <p className="staff-copy">
                    <a href={session.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {session.onlineUrl}
                    </a>
                  </p>
                )}
                {session.attendance && (
                  <p>
                    {t('staffMediation.session.attended', {
                      who:
                        [
                          session.attendance.consumer ? t('staffMediation.session.consumer') : null,
                          session.attendance.business ? t('staffMediation.session.business') : null,
                          session.attendance.interpreter ? t('staffMediation.session.interpreter') : null,
                          session.attendance.others || null,
                        ]
                          .filter(Boolean)
                          .join(', ') || t('staffMediation.session.nobody'),
                    })}
                  </p>
                )}
                {session.minutes && (
                  <details>
                    <summary>{t('staffMediation.session.minutes')}</summary>
                    <p className="pre-line">{session.minutes}</p>
                  </details>
                )}
                {actions?.(session)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
