import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../format';
import type { CaseEvent } from './types';

/** What a timeline entry says beyond its name: a note, a message, a reason. */
const textOf = (event: CaseEvent): string | undefined => {
  const data = event.data ?? {};
  const pick = (source: unknown): string | undefined => {
    if (typeof source !== 'object' || source === null) return undefined;
    const record = source as Record<string, unknown>;
    for (const key of ['body', 'text', 'message', 'question', 'reason', 'note', 'adviceSummary']) {
      if (typeof record[key] === 'string' && record[key] !== '') return record[key];
    }
    return undefined;
  };
  return pick(data) ?? pick(data.public) ?? pick(data.internal);
};

/** The case's timeline, newest first. */
export function TimelineSection({ events }: { events: readonly CaseEvent[] | null | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('staff.case.timeline.title')}</h2>
      {events === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : events === null ? (
        <p>{t('staff.case.timeline.failed')}</p>
      ) : events.length === 0 ? (
        <p>{t('staff.case.timeline.none')}</p>
      ) : (
        <ol className="staff-timeline" reversed>
          {[...events].reverse().map((event) => {
            const text = textOf(event);
            return (
              <li key={event.id}>
                <time dateTime={event.at}>
                  {formatDate(event.at)} {formatTime(event.at)}
                </time>
                <strong>{t(`staff.event.${event.action}`, { defaultValue: event.action })}</strong>{' '}
                <span>
                  {t('staff.case.timeline.by', {
                    who: t(`staff.actor.${event.actorRole ?? event.actorKind}`, { defaultValue: event.actorKind }),
                  })}
                </span>
                {event.toStatus && event.toStatus !== event.fromStatus && (
                  <span>
                    {' '}
                    {t('staff.case.timeline.status', {
                      status: t(`case.status.${event.toStatus}.name`, { defaultValue: event.toStatus }),
                    })}
                  </span>
                )}
                {event.visibility !== 'public' && (
                  <span className="badge"> {t(`staff.case.timeline.visibility.${event.visibility}`)}</span>
                )}
                {text && <p className="staff-pre">{text}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
