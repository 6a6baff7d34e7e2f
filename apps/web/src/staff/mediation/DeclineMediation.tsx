import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormFacts } from './FormFacts';
import { mediationApi } from './mediation-api';
import { useStaffForm } from './useStaffForm';

const IDS = { reason: 'med-decline-reason', conflict: 'med-decline-conflict' };

/** The appointed mediator declines the case, with a reason (staff only, never shown to the parties). */
export function DeclineMediation({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState(false);
  const form = useStaffForm(IDS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (reason.trim().length < 10) found[IDS.reason] = [t('staffMediation.decline.reasonShort')];
    const ok = await form.submit(found, async () => {
      await mediationApi.decline(caseId, { reason: reason.trim(), ...(conflict ? { conflict: true } : {}) });
    });
    if (ok) onDone(t('staffMediation.decline.done'));
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffMediation.decline.does')}
        told={t('staffMediation.decline.told')}
        basis={t('staffMediation.decline.basis')}
      />
      <TextField
        id={IDS.reason}
        label={t('staffMediation.decline.reason')}
        hint={t('staffMediation.decline.reasonHint')}
        errors={form.errors[IDS.reason]}
        multiline
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Checkbox
        id={IDS.conflict}
        label={t('staffMediation.decline.conflict')}
        hint={t('staffMediation.decline.conflictHint')}
        checked={conflict}
        onChange={setConflict}
      />
      <button type="submit" className="button button--warning" disabled={form.sending}>
        {t('staffMediation.decline.submit')}
      </button>
    </form>
  );
}
