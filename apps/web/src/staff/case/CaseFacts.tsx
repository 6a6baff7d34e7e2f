import { useTranslation } from 'react-i18next';
import { formatDate, formatVnd } from '../../format';
import { Badges } from '../queue/Badges';
import { badgesOf } from '../queue/CaseTable';
import type { CaseDetail } from './types';

/** The complaint in short, and the parties as this role may see them. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t('staff.case.summary.title')}</h2>
        <Badges badges={badgesOf(detail)} />
        <dl className="staff-dl">
          <dt>{t('staff.case.summary.product')}</dt>
          <dd>{detail.product}</dd>
          {detail.amountVnd !== null && (
            <>
              <dt>{t('staff.case.summary.amount')}</dt>
              <dd>{formatVnd(detail.amountVnd, i18n.language)}</dd>
            </>
          )}
          <dt>{t('staff.case.summary.submitted')}</dt>
          <dd>{formatDate(detail.submittedAt)}</dd>
          <dt>{t('staff.case.summary.channel')}</dt>
          <dd>{t(`staff.channel.${detail.channel}`, { defaultValue: detail.channel })}</dd>
          <dt>{t('staff.case.summary.description')}</dt>
          <dd className="staff-pre">{detail.description}</dd>
          {detail.amountRecoveredVnd !== null && (
            <>
              <dt>{t('staff.case.summary.recovered')}</dt>
              <dd>{formatVnd(detail.amountRecoveredVnd, i18n.language)}</dd>
            </>
          )}
          {detail.outcome && (
            <>
              <dt>{t('staff.case.summary.outcome')}</dt>
              <dd>{t(`staff.outcome.${detail.outcome}`, { defaultValue: detail.outcome })}</dd>
            </>
          )}
        </dl>
        {detail.warnings.length > 0 && (
          <ul className="staff-list">
            {detail.warnings.map((w) => (
              <li key={w}>{t(`staff.warning.${w}`, { defaultValue: w })}</li>
            ))}
          </ul>
        )}
        {detail.languageUnknown && <p className="panel staff-warning">{t('staff.case.summary.languageUnknown')}</p>}
      </section>
      <section aria-labelledby="parties-title">
        <h2 id="parties-title">{t('staff.case.parties.title')}</h2>
        {detail.parties.map((party) => (
          <div key={party.id} className="staff-party">
            <h3>
              {t(`staff.case.parties.role.${party.role}`)}: {party.name}
            </h3>
            <dl className="staff-dl">
              {party.phone && (
                <>
                  <dt>{t('staff.case.parties.phone')}</dt>
                  <dd>
                    <a href={`tel:${party.phone}`}>{party.phone}</a>
                  </dd>
                </>
              )}
              {party.email && (
                <>
                  <dt>{t('staff.case.parties.email')}</dt>
                  <dd>
                    <a href={`mailto:${party.email}`}>{party.email}</a>
                  </dd>
                </>
              )}
              {party.taxCode && (
                <>
                  <dt>{t('staff.case.parties.taxCode')}</dt>
                  <dd>{party.taxCode}</dd>
                </>
              )}
              {party.shopId && (
                <>
                  <dt>{t('staff.case.parties.shopId')}</dt>
                  <dd>{party.shopId}</dd>
                </>
              )}
              {party.orderId && (
                <>
                  <dt>{t('staff.case.parties.orderId')}</dt>
                  <dd>{party.orderId}</dd>
                </>
              )}
            </dl>
            {party.role === 'consumer' && !party.phone && !party.email && (
              <p className="staff-muted">{t('staff.case.parties.contactHidden')}</p>
            )}
          </div>
        ))}
      </section>
    </>
  );
}
