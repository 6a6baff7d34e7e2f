import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { ComplaintView } from './types';

/** The status in words, each explained in one plain sentence. */
export function StatusPanel({ view }: { view: ComplaintView }) {
  const { t } = useTranslation();
  return (
    <section className="panel case-status" aria-labelledby="case-status-title">
      <h2 id="case-status-title">{t('case.status.heading')}</h2>
      <p className="case-status__name">{t(`case.status.${view.status}.name`)}</p>
      <p>{t(`case.status.${view.status}.explained`)}</p>
      <dl className="case-facts">
        <div>
          <dt>{t('case.facts.code')}</dt>
          <dd className="case-code">{view.trackingCode}</dd>
        </div>
        <div>
          <dt>{t('case.facts.submitted')}</dt>
          <dd>{formatDate(view.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('case.facts.sector')}</dt>
          <dd>{view.sector.name}</dd>
        </div>
      </dl>
    </section>
  );
}
