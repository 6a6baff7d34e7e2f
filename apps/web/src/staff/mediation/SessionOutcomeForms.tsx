import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormFacts } from './FormFacts';
import { mediationApi } from './mediation-api';
import type { StaffSession } from './types';
import { useStaffForm } from './useStaffForm';

/** The mediator records a held session: who came and the minutes (confidential, Art 62.2). */
export function RecordSessionForm({
  caseId,
  session,
  onDone,
}: {
  caseId: string;
  session: StaffSession;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const p = `med-held-${session.id.slice(0, 8)}`;
  const ids = { minutes: `${p}-minutes`, others: `${p}-others`, consumer: `${p}-consumer` };
  const [consumer, setConsumer] = useState(true);
  const [business, setBusiness] = useState(true);
  const [interpreter, setInterpreter] = useState(false);
  const [others, setOthers] = useState('');
  const [minutes, setMinutes] = useState('');
  const form = useStaffForm(ids);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (minutes.trim() === '') found[ids.minutes] = [t('staffMediation.held.minutesMissing')];
    const ok = await form.submit(found, async () => {
      await mediationApi.recordSession(caseId, session.id, {
        attendance: { consumer, business, interpreter, ...(others.trim() ? { others: others.trim() } : {}) },
        minutes: minutes.trim(),
      });
    });
    if (ok) onDone(t('staffMediation.held.done'));
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffMediation.held.does')}
        told={t('staffMediation.held.told')}
        basis={t('staffMediation.held.basis')}
      />
      <fieldset>
        <legend className="choices__legend">{t('staffMediation.held.attendance')}</legend>
        <Checkbox
          id={ids.consumer}
          label={t('staffMediation.session.consumer')}
          checked={consumer}
          onChange={setConsumer}
        />
        <Checkbox
          id={`${p}-business`}
          label={t('staffMediation.session.business')}
          checked={business}
          onChange={setBusiness}
        />
        <Checkbox
          id={`${p}-interpreter`}
          label={t('staffMediation.session.interpreter')}
          checked={interpreter}
          onChange={setInterpreter}
        />
      </fieldset>
      <TextField
        id={ids.others}
        label={t('staffMediation.held.others')}
        maxLength={500}
        errors={form.errors[ids.others]}
        value={others}
        onChange={(event) => setOthers(event.target.value)}
      />
      <TextField
        id={ids.minutes}
        label={t('staffMediation.held.minutes')}
        hint={t('staffMediation.held.minutesHint')}
        multiline
        errors={form.errors[ids.minutes]}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffMediation.held.submit')}
      </button>
    </form>
  );
}

/** Cancel a scheduled session: the reason is told to both parties with a cancelling .ics. */
export function CancelSessionForm({
  caseId,
  session,
  onDone,
}: {
  caseId: string;
  session: StaffSession;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { reason: `med-cancel-${session.id.slice(0, 8)}-reason` };
  const [reason, setReason] = useState('');
  const form = useStaffForm(ids);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (reason.trim() === '') found[ids.reason] = [t('staffMediation.cancel.reasonMissing')];
    const ok = await form.submit(found, async () => {
      await mediationApi.cancel(caseId, session.id, reason.trim());
    });
    if (ok) onDone(t('staffMediation.cancel.done'));
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffMediation.cancel.does')}
        told={t('staffMediation.cancel.told')}
        basis={t('staffMediation.cancel.basis')}
      />
      <TextField
        id={ids.reason}
        label={t('staffMediation.cancel.reason')}
        multiline
        maxLength={1000}
        errors={form.errors[ids.reason]}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="button button--warning" disabled={form.sending}>
        {t('staffMediation.cancel.submit')}
      </button>
    </form>
  );
}
