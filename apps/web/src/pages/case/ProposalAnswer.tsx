import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate, formatVnd } from '../../format';
import { fieldMessages, summaryItems } from './errors';
import type { RunAction } from './types';

type Choice = 'accept' | 'reject';

/** The business's proposal: accept or reject it, after a confirmation step saying what it means. */
export function ProposalAnswer({
  proposal,
  run,
}: {
  proposal: { description: string; amountVnd?: number; proposedAt: string };
  run: RunAction;
}) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!choice) return;
    setBusy(true);
    const failure = await run(
      choice === 'accept' ? 'accept_proposal' : 'reject_proposal',
      choice === 'reject' && reason.trim() ? { reason: reason.trim() } : {},
    );
    setBusy(false);
    setError(failure);
  };

  return (
    <section aria-labelledby="case-proposal-title" className="case-action">
      <h2 id="case-proposal-title">{t('case.proposal.heading')}</h2>
      <ErrorSummary items={summaryItems(t, error, { reason: 'proposal-reason' })} />
      <p>{t('case.proposal.intro', { date: formatDate(proposal.proposedAt) })}</p>
      <blockquote className="case-quote">
        <p>{proposal.description}</p>
        {typeof proposal.amountVnd === 'number' && (
          <p>{t('case.proposal.amount', { amount: formatVnd(proposal.amountVnd, i18n.language) })}</p>
        )}
      </blockquote>
      {choice === null ? (
        <div className="case-buttons">
          <button type="button" className="button" onClick={() => setChoice('accept')}>
            {t('case.proposal.accept')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setChoice('reject')}>
            {t('case.proposal.reject')}
          </button>
        </div>
      ) : (
        <div className="case-confirm">
          <h3>{t(`case.proposal.confirm.${choice}.title`)}</h3>
          <p>{t(`case.proposal.confirm.${choice}.body`)}</p>
          {choice === 'reject' && (
            <TextField
              id="proposal-reason"
              label={t('case.proposal.reasonLabel')}
              hint={t('case.proposal.reasonHint')}
              multiline
              errors={fieldMessages(error, 'reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
          <div className="case-buttons">
            <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('case.sending') : t(`case.proposal.confirm.${choice}.yes`)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setChoice(null)}>
              {t('case.proposal.confirm.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
