import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { Checkbox, Choices } from '../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { getOrganisations } from './case-api';
import { errorSentence, summaryItems } from './errors';
import type { PublicOrganisation } from '../../api/types';
import type { RunAction } from './types';

/** Asking for mediation: choose an organisation from the public list and give your consent (Law 19 Art 61). */
export function MediationRequest({ run }: { run: RunAction }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [organisations, setOrganisations] = useState<PublicOrganisation[] | null>(null);
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

  // The error summary links to the first organisation's radio button (Choices' ids: `mediation-org-${id}`).
  const orgFieldId = `mediation-org-${organisations?.[0]?.id ?? ''}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: SummaryItem[] = [];
    if (!organisationId) problems.push({ fieldId: orgFieldId, message: t('case.mediation.orgMissing') });
    if (!consent) problems.push({ fieldId: 'mediation-consent', message: t('case.mediation.consentMissing') });
    setLocal(problems);
    setError(null);
    if (problems.length > 0) return;
    setBusy(true);
    setError(await run('request_mediation', { organisationId, consumerConsent: true }));
    setBusy(false);
  };

  const orgError = local.find((p) => p.fieldId === orgFieldId)?.message;
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
          <ErrorSummary items={[...local, ...summaryItems(t, error, { organisationId: orgFieldId })]} />
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
              <Choices
                name="organisationId"
                idBase="mediation-org"
                legend={t('case.mediation.orgLegend')}
                hint={
                  <>
                    {t('case.mediation.orgHint')}{' '}
                    <Link to="/mediation-organisations">{t('case.mediation.orgList')}</Link>
                  </>
                }
                errors={orgError ? [orgError] : []}
                choices={organisations.map((org) => ({
                  value: org.id,
                  label: (
                    <>
                      <span className="case-choice__name">{org.name}</span>
                      {org.communeName && <span className="case-muted"> — {org.communeName}</span>}
                    </>
                  ),
                }))}
                selected={organisationId ? [organisationId] : []}
                onChange={([value]) => setOrganisationId(value ?? '')}
              />
              <p className="field__label">{t('case.mediation.consentTitle')}</p>
              <Checkbox
                id="mediation-consent"
                label={t('case.mediation.consentLabel')}
                hint={t('case.mediation.consentExplained')}
                errors={consentError ? [consentError] : []}
                checked={consent}
                onChange={setConsent}
              />
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
