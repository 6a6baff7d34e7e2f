import { useTranslation } from 'react-i18next';
import { formatDate, formatVnd } from '../../format';
import type { BusinessView } from './types';

/** The remedy the business proposed, waiting for the consumer's answer. */
export function OpenProposal({ proposal }: { proposal: NonNullable<BusinessView['openProposal']> }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="business-proposal" className="panel">
      <h2 id="business-proposal">{t('business.proposal.title')}</h2>
      <p>{t('business.proposal.waiting')}</p>
      {proposal.description && <p className="business-text">{proposal.description}</p>}
      {typeof proposal.amountVnd === 'number' && (
        <p>{t('business.proposal.amount', { amount: formatVnd(proposal.amountVnd, i18n.language) })}</p>
      )}
      {proposal.proposedAt && (
        <p className="business-muted">{t('business.proposal.at', { date: formatDate(proposal.proposedAt) })}</p>
      )}
    </section>
  );
}
