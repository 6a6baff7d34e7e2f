import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { businessApi } from './business-api';
import type { BusinessMediation, BusinessView } from './types';
import { useBusinessForm } from './useBusinessForm';

const REASON_ID = 'decline-reason';

/** Law 19 Art 61: mediation only if both agree. The business accepts, or declines (confirmed, reason optional). */
export function MediationConsent({
  token,
  mediation,
  onAnswered,
  onGone,
  reload,
}: {
  token: string;
  mediation: BusinessMediation;
  onAnswered: (view: BusinessView, accepted: boolean) => void;
  onGone: () => void;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'ask' | 'decline'>('ask');
  const [reason, setReason] = useState('');
  const [stale, setStale] = useState(false);
  const { errors, summary, sending, submit } = useBusinessForm({ fieldIds: { reason: REASON_ID }, onGone });

  const answer = async (kind: 'accept' | 'decline') => {
    const failure = await submit({}, async () => {
      const body = kind === 'decline' && reason.trim() ? { reason: reason.trim() } : {};
      onAnswered(
        await businessApi<BusinessView>(token, `/mediation/${kind}`, { method: 'POST', body }),
        kind === 'accept',
      );
    });
    // Someone (staff, a reminder's lapse) changed the case meanwhile: offer to reload it.
    setStale(failure instanceof ApiError && (failure.kind === 'conflict' || failure.kind === 'rule'));
  };

  const decline = (event: FormEvent) => {
    event.preventDefault();
    void answer('decline');
  };

  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title">{t('business.consent.title')}</h2>
      <p>{t('business.consent.asked', { organisation: mediation.organisation })}</p>
      <p>{t('business.consent.what')}</p>
      <ErrorSummary items={summary} />
      {stale && (
        <p>
          <button type="button" className="link-button" onClick={() => void reload()}>
            {t('business.reload')}
          </button>
        </p>
      )}
      {step === 'ask' ? (
        <div className="business-actions">
          <button type="button" className="button" disabled={sending} onClick={() => void answer('accept')}>
            {t('business.consent.accept', { organisation: mediation.organisation })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={sending}
            onClick={() => setStep('decline')}
          >
            {t('business.consent.decline')}
          </button>
        </div>
      ) : (
        <form noValidate onSubmit={decline} className="business-confirm">
          <h3>{t('business.consent.confirmTitle')}</h3>
          <p>{t('business.consent.confirmWhat')}</p>
          <TextField
            id={REASON_ID}
            label={t('business.consent.reason.label')}
            hint={t('business.consent.reason.hint')}
            multiline
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            errors={errors[REASON_ID]}
          />
          <div className="business-actions">
            <button type="submit" className="button button--warning" disabled={sending}>
              {t('business.consent.confirmDecline')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep('ask')}>
              {t('business.consent.back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
