import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { TimelineEntry } from '../../api/types';

/** What happened on the case that concerns the consumer, newest first, each in words. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const newestFirst = [...entries].reverse();
  return (
    <section aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title">{t('case.timeline.heading')}</h2>
      {newestFirst.length === 0 ? (
        <p>{t('case.timeline.empty')}</p>
      ) : (
        <ol className="case-timeline">
          {newestFirst.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="case-timeline__item">
              <span className="case-timeline__date">{formatDate(entry.at)}</span>
              <span>{t(`case.event.${entry.action}`, { defaultValue: t('case.event.other') })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
