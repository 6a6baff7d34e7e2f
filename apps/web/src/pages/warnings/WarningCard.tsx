import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../statistics/figures-format';
import { WARNING_KINDS, type PublicWarning } from './types';

const isKnownKind = (code: string): code is (typeof WARNING_KINDS)[number] =>
  (WARNING_KINDS as readonly string[]).includes(code);

/** One warning: the business, what it did, how many complaints, and for how long it is published. */
export function WarningCard({ warning }: { warning: PublicWarning }) {
  const { t } = useTranslation();
  return (
    <article className="warning">
      <h2>{warning.businessName}</h2>
      <dl className="warning__facts">
        <div>
          <dt>{t('warnings.taxCode')}</dt>
          <dd>{warning.taxCode}</dd>
        </div>
        <div>
          <dt>{t('warnings.kind')}</dt>
          <dd>
            <strong>{warning.kind.label}</strong>
            {isKnownKind(warning.kind.code) && (
              <span className="warning__means"> — {t(`warnings.kinds.${warning.kind.code}`)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('warnings.complaints')}</dt>
          <dd>
            {t('warnings.counts', {
              count: warning.counts.substantiatedComplaints,
              resolved: warning.counts.resolved,
              unresolved: warning.counts.unresolved,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('warnings.period')}</dt>
          <dd>
            {t('warnings.periodText', {
              from: formatLocalDate(warning.publishedOn),
              to: formatLocalDate(warning.lastDayOn),
            })}
          </dd>
        </div>
      </dl>
      {/* Written by the department in Vietnamese, whatever the page's language. */}
      <p className="warning__summary" lang="vi">
        {warning.summary}
      </p>
    </article>
  );
}
