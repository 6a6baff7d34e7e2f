import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { privacyApi, type BreachChange } from '../dataRequests/privacy-api';
import type { Breach } from '../dataRequests/types';
import { FormFacts } from '../mediation/FormFacts';
import { useStaffForm } from '../mediation/useStaffForm';
import { fromHanoiLocal, hanoiNow } from './BreachTime';

type Step = 'authority' | 'subjects' | 'close';

/** One PATCH step of a breach: the notice to the authority, the notice to the people, or closing it. */
function StepForm({ breach, step, onDone }: { breach: Breach; step: Step; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ids = {
    authorityNotifiedAt: `${step}-at-${breach.id}`,
    subjectsNotifiedAt: `${step}-at-${breach.id}`,
    authorityReference: `${step}-reference-${breach.id}`,
    close: `${step}-submit-${breach.id}`,
  };
  const form = useStaffForm(ids);
  const [at, setAt] = useState(hanoiNow());
  const [reference, setReference] = useState('');
  const key = `staffPrivacy.breaches.steps.${step}`;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    const instant = fromHanoiLocal(at);
    if (step !== 'close' && !instant) found[ids.authorityNotifiedAt] = [t('staffPrivacy.breaches.steps.atMissing')];
    let body: BreachChange = { close: true };
    if (step === 'authority')
      body = {
        authorityNotifiedAt: instant ?? '',
        ...(reference.trim() ? { authorityReference: reference.trim() } : {}),
      };
    if (step === 'subjects') body = { subjectsNotifiedAt: instant ?? '' };
    const ok = await form.submit(found, async () => {
      await privacyApi.updateBreach(breach.id, body);
    });
    if (ok) onDone(t(`${key}.done`));
  };

  return (
    <details className="privacy-step">
      <summary>{t(`${key}.title`)}</summary>
      <form noValidate onSubmit={(event) => void send(event)}>
        <ErrorSummary items={form.summary} />
        <FormFacts does={t(`${key}.does`)} told={t(`${key}.told`)} basis={t('staffPrivacy.breaches.basis')} />
        {step !== 'close' && (
          <TextField
            id={ids.authorityNotifiedAt}
            type="datetime-local"
            label={t(`${key}.at`)}
            hint={t('staffPrivacy.breaches.form.discoveredHint')}
            errors={form.errors[ids.authorityNotifiedAt]}
            value={at}
            onChange={(event) => setAt(event.target.value)}
          />
        )}
        {step === 'authority' && (
          <TextField
            id={ids.authorityReference}
            label={t(`${key}.reference`)}
            hint={t(`${key}.referenceHint`)}
            maxLength={200}
            errors={form.errors[ids.authorityReference]}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
          />
        )}
        <button
          type="submit"
          id={ids.close}
          className={step === 'close' ? 'button button--warning' : 'button'}
          disabled={form.sending}
        >
          {t(`${key}.submit`)}
        </button>
      </form>
    </details>
  );
}

/** What is left to do on a breach: notify the authority, notify the people, close once notified. */
export function BreachSteps({ breach, onDone }: { breach: Breach; onDone: (message: string) => void }) {
  if (breach.state === 'closed') return null;
  return (
    <>
      {breach.authorityNotifiedAt === null && <StepForm breach={breach} step="authority" onDone={onDone} />}
      {breach.subjectsNotifiedAt === null && <StepForm breach={breach} step="subjects" onDone={onDone} />}
      {breach.authorityNotifiedAt !== null && <StepForm breach={breach} step="close" onDone={onDone} />}
    </>
  );
}
