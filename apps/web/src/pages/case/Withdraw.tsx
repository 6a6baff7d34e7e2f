import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { fieldMessages, summaryItems } from './errors';
import type { RunAction } from './types';

/** Withdrawing the complaint, with a confirmation step that says what it means. */
export function Withdraw({ run }: { run: RunAction }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    setError(await run('withdraw', reason.trim() ? { reason: reason.trim() } : {}));
    setBusy(false);
  };

  return (
    <section aria-labelledby="case-withdraw-title" className="case-action case-withdraw">
      <h2 id="case-withdraw-title">{t('case.withdraw.heading')}</h2>
      {!confirming ? (
        <>
          <p>{t('case.withdraw.intro')}</p>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('case.withdraw.start')}
          </button>
        </>
      ) : (
        <div className="case-confirm">
          <ErrorSummary items={summaryItems(t, error, { reason: 'withdraw-reason' })} />
          <h3>{t('case.withdraw.confirmTitle')}</h3>
          <ul>
            <li>{t('case.withdraw.meaning1')}</li>
            <li>{t('case.withdraw.meaning2')}</li>
            <li>{t('case.withdraw.meaning3')}</li>
          </ul>
          <TextField
            id="withdraw-reason"
            label={t('case.withdraw.reasonLabel')}
            hint={t('case.withdraw.reasonHint')}
            multiline
            errors={fieldMessages(error, 'reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="case-buttons">
            <button type="button" className="button button--warning" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('case.sending') : t('case.withdraw.yes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('case.withdraw.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
