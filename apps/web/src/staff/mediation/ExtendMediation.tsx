import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDate } from '../../components/DueDate';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormFacts } from './FormFacts';
import { mediationApi } from './mediation-api';
import type { DeadlineView } from './types';
import { useStaffForm } from './useStaffForm';

const IDS = { dueDate: 'med-extend-date', reason: 'med-extend-reason', extensions: 'med-extend-date' };

/** Extend the mediation period: a new last day after the current one, and why (told to both parties). */
export function ExtendMediation({
  caseId,
  clock,
  onDone,
}: {
  caseId: string;
  clock: DeadlineView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [dueDate, setDueDate] = useState('');
  const [reason, setReason] = useState('');
  const form = useStaffForm(IDS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) found[IDS.dueDate] = [t('staffMediation.extend.dateMissing')];
    if (reason.trim().length < 10) found[IDS.reason] = [t('staffMediation.extend.reasonShort')];
    const ok = await form.submit(found, async () => {
      await mediationApi.extend(caseId, { dueDate, reason: reason.trim() });
    });
    if (ok) onDone(t('staffMediation.extend.done'));
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <p>{t('staffMediation.extend.current')}</p>
      <DueDate dueAt={clock.dueAt} workingDaysLeft={clock.workingDaysLeft} overdue={clock.overdue} />
      <FormFacts
        does={t('staffMediation.extend.does')}
        told={t('staffMediation.extend.told')}
        basis={t('staffMediation.extend.basis')}
      />
      <TextField
        id={IDS.dueDate}
        label={t('staffMediation.extend.date')}
        hint={t('staffMediation.extend.dateHint')}
        type="date"
        errors={form.errors[IDS.dueDate]}
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
      />
      <TextField
        id={IDS.reason}
        label={t('staffMediation.extend.reason')}
        hint={t('staffMediation.extend.reasonHint')}
        multiline
        maxLength={1000}
        errors={form.errors[IDS.reason]}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffMediation.extend.submit')}
      </button>
    </form>
  );
}
