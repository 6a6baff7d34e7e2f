import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { errorSentence } from './errors';
import { type ConsentState, type WithdrawableConsent, withdrawConsent } from './my-data-api';
import { useConsumerRequest } from './useConsumerRequest';

/** Each consent given, what withdrawing it changes, and a confirmation before it is withdrawn. */
export function MyDataConsents({
  code,
  accessKey,
  consents,
  onDone,
}: {
  code: string;
  accessKey: string;
  consents: readonly ConsentState[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<WithdrawableConsent | null>(null);
  const { busy, error, run } = useConsumerRequest();

  const withdraw = (consent: WithdrawableConsent) =>
    run(async () => {
      const result = await withdrawConsent(code, accessKey, consent);
      setConfirming(null);
      onDone(result.explanation);
    });

  return (
    <div className="my-data__part">
      <h3>{t('case.myData.consents.heading')}</h3>
      {error && (
        <div className="error-summary" role="alert">
          <p>{errorSentence(t, error)}</p>
        </div>
      )}
      <ul className="my-data__consents">
        {consents.map((c) => (
          <li key={c.consent} className="my-data__consent">
            <p className="case-choice__name">{t(`case.myData.consents.name.${c.consent}`)}</p>
            <p>
              {c.given
                ? t('case.myData.consents.given', { date: c.givenAt ? formatDate(c.givenAt) : '' })
                : c.withdrawnAt
                  ? t('case.myData.consents.withdrawn', { date: formatDate(c.withdrawnAt) })
                  : t('case.myData.consents.notGiven')}
            </p>
            {c.consent === 'data_processing' ? (
              <p className="case-muted">{t('case.myData.consents.processingNote')}</p>
            ) : (
              c.given && (
                <>
                  <p>{t(`case.myData.consents.effect.${c.consent}`)}</p>
                  {confirming === c.consent ? (
                    <div className="case-confirm">
                      <p className="case-choice__name">{t('case.myData.consents.confirm')}</p>
                      <div className="case-buttons">
                        <button
                          type="button"
                          className="button button--warning"
                          disabled={busy}
                          onClick={() => void withdraw(c.consent as WithdrawableConsent)}
                        >
                          {busy ? t('case.sending') : t('case.myData.consents.yes')}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                          {t('case.myData.cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setConfirming(c.consent as WithdrawableConsent)}
                    >
                      {t(`case.myData.consents.withdraw.${c.consent}`)}
                    </button>
                  )}
                </>
              )
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
