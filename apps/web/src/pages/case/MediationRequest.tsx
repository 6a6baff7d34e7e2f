import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { getOrganisations } from './case-api';
import { errorSentence, summaryItems } from './errors';
import type { MediationOrganisation, RunAction } from './types';

/** Asking for mediation: choose an organisation from the public list and give your consent (Law 19 Art 61). */
export function MediationRequest({ run }: { run: RunAction }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [organisations, setOrganisations] = useState<MediationOrganisation[] | null>(null);
  const [listError, setListError] = useState<ApiError | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [consent, setConsent] = useState(false);
  const [local, setLocal] = useState<SummaryItem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!open || organisations) return;
    getOrganisations()
      .then((list) => setOrganisations(list))
      .catch((e: unknown) => setListError(e instanceof ApiError ? e : new ApiError('network', 0)));
  }, [open, organisations, attempt]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: SummaryItem[] = [];
    if (!organisationId) problems.push({ fieldId: 'mediation-org-0', message: t('case.mediation.orgMissing') });
    if (!consent) problems.push({ fieldId: 'mediation-consent', message: t('case.mediation.consentMissing') });
    setLocal(problems);
    setError(null);
    if (problems.length > 0) return;
    setBusy(true);
    setError(await run('request_mediation', { organisationId, consumerConsent: true }));
    setBusy(false);
  };

  const orgError = local.find((p) => p.fieldId === 'mediation-org-0')?.message;
  const consentError = local.find((p) => p.fieldId === 'mediation-consent')?.message;

  return (
    <section aria-labelledby="case-mediation-title" className="case-action">
      <h2 id="case-mediation-title">{t('case.mediation.heading')}</h2>
      <p>{t('case.mediation.what')}</p>
      <p>{t('case.mediation.how')}</p>
      {!open ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('case.mediation.start')}
        </button>
      ) : (
        <>
          <ErrorSummary items={[...local, ...summaryItems(t, error, { organisationId: 'mediation-org-0' })]} />
          {listError && (
            <div className="error-summary" role="alert">
              <p>{errorSentence(t, listError)}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setListError(null);
                  setAttempt((a) => a + 1);
                }}
              >
                {t('case.loadFailed.retry')}
              </button>
            </div>
          )}
          {organisations && organisations.length === 0 && <p>{t('case.mediation.none')}</p>}
          {organisations && organisations.length > 0 && (
            <form onSubmit={(event) => void submit(event)} noValidate>
              <fieldset
                className={orgError ? 'field field--error case-fieldset' : 'field case-fieldset'}
                aria-describedby={orgError ? 'mediation-org-error' : 'mediation-org-hint'}
              >
                <legend className="field__label">{t('case.mediation.orgLegend')}</legend>
                <p id="mediation-org-hint" className="field__hint">
                  {t('case.mediation.orgHint')} <Link to="/mediation-organisations">{t('case.mediation.orgList')}</Link>
                </p>
                {orgError && (
                  <p id="mediation-org-error" className="field__error">
                    {orgError}
                  </p>
                )}
                {organisations.map((org, index) => (
                  <div className="case-choice" key={org.id}>
                    <input
                      type="radio"
                      id={`mediation-org-${index}`}
                      name="organisationId"
                      value={org.id}
                      checked={organisationId === org.id}
                      onChange={() => setOrganisationId(org.id)}
                    />
                    <label htmlFor={`mediation-org-${index}`}>
                      <span className="case-choice__name">{org.name}</span>
                      {org.communeName && <span className="case-muted"> — {org.communeName}</span>}
                    </label>
                  </div>
                ))}
              </fieldset>
              <div className={consentError ? 'field field--error' : 'field'}>
                <p className="field__label" id="mediation-consent-title">
                  {t('case.mediation.consentTitle')}
                </p>
                <p id="mediation-consent-hint" className="field__hint">
                  {t('case.mediation.consentExplained')}
                </p>
                {consentError && (
                  <p id="mediation-consent-error" className="field__error">
                    {consentError}
                  </p>
                )}
                <div className="case-choice">
                  <input
                    type="checkbox"
                    id="mediation-consent"
                    checked={consent}
                    aria-describedby={
                      consentError ? 'mediation-consent-hint mediation-consent-error' : 'mediation-consent-hint'
                    }
                    onChange={(event) => setConsent(event.target.checked)}
                  />
                  <label htmlFor="mediation-consent">{t('case.mediation.consentLabel')}</label>
                </div>
              </div>
              <button type="submit" className="button" disabled={busy}>
                {busy ? t('case.sending') : t('case.mediation.submit')}
              </button>
            </form>
          )}
          {!organisations && !listError && (
            <p role="status" className="loading">
              {t('common.loading')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
