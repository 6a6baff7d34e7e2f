import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Why some cells read "< 5" and others "—": said once, in plain words. */
export function SuppressionNote() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel suppression-note">
      <h2 id={headingId}>{t('statistics.suppression.title')}</h2>
      <p>{t('statistics.suppression.small')}</p>
      <p>{t('statistics.suppression.secondary')}</p>
      <p>{t('statistics.suppression.dash')}</p>
    </section>
  );
}
