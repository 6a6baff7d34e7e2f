import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDate, formatVnd } from '../../format';
import type { BusinessView } from './types';

interface Sector {
  code: string;
  name: string;
}

/** The complaint as the business may see it: the consumer's contact details only if shared. */
export function CaseDetails({ view }: { view: BusinessView }) {
  const { t, i18n } = useTranslation();
  const sector = useSectorName(view.sectorCode, i18n.language);
  const contactShared = Boolean(view.consumer.email || view.consumer.phone);
  return (
    <section aria-labelledby="business-complaint">
      <h2 id="business-complaint">{t('business.details.title')}</h2>
      <dl className="business-facts">
        <div>
          <dt>{t('business.details.trackingCode')}</dt>
          <dd>{view.trackingCode}</dd>
        </div>
        <div>
          <dt>{t('business.details.submittedAt')}</dt>
          <dd>{formatDate(view.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('business.details.consumer')}</dt>
          <dd>
            {view.consumer.name || '—'}
            {view.consumer.phone && <span className="business-facts__line">{view.consumer.phone}</span>}
            {view.consumer.email && <span className="business-facts__line">{view.consumer.email}</span>}
            {!contactShared && (
              <span className="business-facts__line business-muted">{t('business.details.contactHidden')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('business.details.sector')}</dt>
          <dd>{sector ?? view.sectorCode}</dd>
        </div>
        <div>
          <dt>{t('business.details.product')}</dt>
          <dd>{view.product}</dd>
        </div>
        {view.purchaseDate && (
          <div>
            <dt>{t('business.details.purchaseDate')}</dt>
            <dd>{formatDate(view.purchaseDate)}</dd>
          </div>
        )}
        {view.amountVnd !== null && (
          <div>
            <dt>{t('business.details.amount')}</dt>
            <dd>{formatVnd(view.amountVnd, i18n.language)}</dd>
          </div>
        )}
        {view.business.orderId && (
          <div>
            <dt>{t('business.details.orderId')}</dt>
            <dd>{view.business.orderId}</dd>
          </div>
        )}
        <div>
          <dt>{t('business.details.wants')}</dt>
          <dd>
            {view.desiredResolutions.length > 0
              ? view.desiredResolutions.map((r) => t(`business.resolution.${r}`, { defaultValue: r })).join(', ')
              : '—'}
          </dd>
        </div>
      </dl>
      <h3>{t('business.details.description')}</h3>
      <p className="business-text">{view.description}</p>
    </section>
  );
}

/** The sector's name in the reader's language; the code until it arrives (or if it cannot). */
function useSectorName(code: string, language: string): string | undefined {
  const [name, setName] = useState<string>();
  useEffect(() => {
    let live = true;
    api<Sector[]>('/reference/sectors')
      .then((sectors) => live && setName(sectors.find((s) => s.code === code)?.name))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code, language]);
  return name;
}
