import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useStaffSession } from '../session/StaffSessionProvider';
import { hanoiInstant, hanoiParts } from './agenda';
import { FormFacts } from './FormFacts';
import { mediationApi } from './mediation-api';
import type { MediationCase, StaffSession } from './types';
import { useStaffForm } from './useStaffForm';

// Law 19 Art 65.2: the elements of a successful-mediation record, each its own field.
const TEXTS = [
  'mediator',
  'organisation',
  'place',
  'subject',
  'consumerViews',
  'businessViews',
  'result',
  'implementation',
  'otherTerms',
] as const;
type TextKey = (typeof TEXTS)[number];
const LONG: ReadonlySet<TextKey> = new Set([
  'subject',
  'consumerViews',
  'businessViews',
  'result',
  'implementation',
  'otherTerms',
]);

const IDS: Record<string, string> = {
  result: 'med-result-choice',
  parties: 'med-result-parties',
  time: 'med-result-date',
  performanceDeadline: 'med-result-deadline',
  amountRecoveredVnd: 'med-result-amount',
  reason: 'med-result-reason',
  nextStep: 'med-result-next',
  version: 'med-result-choice',
  ...Object.fromEntries(TEXTS.map((k) => [`record.${k}`, `med-result-${k}`])),
  'record.parties': 'med-result-parties',
  'record.time': 'med-result-date',
  'record.performanceDeadline': 'med-result-deadline',
};

/**
 * Record the mediation's result: success with every Art 65.2 element (the record the parties sign,
 * downloadable as PDF), or failure with its reason and the next step. Filled from the case where it can.
 */
export function MediationResultForm({
  mediationCase,
  sessions,
  onDone,
}: {
  mediationCase: MediationCase;
  sessions: readonly StaffSession[];
  onDone: (message: string, conflict?: boolean) => void;
}) {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  const consumer = mediationCase.parties.find((p) => p.role === 'consumer')?.name ?? '';
  const business = mediationCase.parties.find((p) => p.role === 'business')?.name ?? mediationCase.businessName ?? '';
  const lastHeld = [...sessions].reverse().find((s) => s.status === 'held');
  const today = hanoiParts(new Date().toISOString());
  const [result, setResult] = useState<string[]>([]);
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    mediator: user.fullName,
    organisation: user.organisationName ?? '',
    place: lastHeld?.place ?? '',
    subject: mediationCase.product,
    consumerViews: '',
    businessViews: '',
    result: '',
    implementation: '',
    otherTerms: '',
  });
  const [parties, setParties] = useState(`${consumer}\n${business}`);
  const [date, setDate] = useState(today.date);
  const [time, setTime] = useState(lastHeld ? hanoiParts(lastHeld.startsAt).time : today.time);
  const [deadline, setDeadline] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [nextStep, setNextStep] = useState<string[]>([]);
  const form = useStaffForm(IDS);
  const success = result[0] === 'success';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    const need = (id: string, ok: boolean, key: string) => {
      if (!ok) found[id] = [t(key)];
    };
    need(IDS.result, result.length === 1, 'staffMediation.result.resultMissing');
    let body: Record<string, unknown> = { version: mediationCase.version, result: result[0] };
    if (success) {
      for (const k of TEXTS)
        if (k !== 'otherTerms') need(IDS[`record.${k}`], texts[k].trim() !== '', 'staffMediation.result.required');
      const names = parties
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      need(IDS.parties, names.length >= 2, 'staffMediation.result.partiesMissing');
      need(IDS.time, /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time), 'staffMediation.result.required');
      need(IDS.performanceDeadline, /^\d{4}-\d{2}-\d{2}$/.test(deadline), 'staffMediation.result.required');
      if (!found[IDS.performanceDeadline] && deadline <= date)
        found[IDS.performanceDeadline] = [t('staffMediation.rules.art_65_2_performance_after_record')];
      const vnd = amount.replace(/[.,\s]/g, '');
      if (vnd !== '' && !/^\d+$/.test(vnd)) found[IDS.amountRecoveredVnd] = [t('staffMediation.result.amountBad')];
      body = {
        ...body,
        record: {
          ...Object.fromEntries(TEXTS.map((k) => [k, texts[k].trim()])),
          parties: names,
          time: hanoiInstant(date, time),
          performanceDeadline: deadline,
        },
        ...(vnd !== '' ? { amountRecoveredVnd: Number(vnd) } : {}),
      };
    } else if (result[0] === 'failure') {
      need(IDS.reason, reason.trim() !== '', 'staffMediation.result.reasonMissing');
      need(IDS.nextStep, nextStep.length === 1, 'staffMediation.result.nextMissing');
      body = { ...body, reason: reason.trim(), nextStep: nextStep[0] };
    }
    let conflict = false;
    const ok = await form.submit(found, async () => {
      try {
        await mediationApi.recordResult(mediationCase.id, body);
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'conflict') conflict = true;
        throw error;
      }
    });
    if (ok) onDone(t(success ? 'staffMediation.result.doneSuccess' : 'staffMediation.result.doneFailure'));
    else if (conflict) onDone(t('staffMediation.result.stale'), true);
  };

  const text = (k: TextKey) => (
    <TextField
      key={k}
      id={IDS[`record.${k}`]}
      label={t(`staffMediation.result.field.${k}`)}
      errors={form.errors[IDS[`record.${k}`]]}
      multiline={LONG.has(k)}
      value={texts[k]}
      onChange={(event) => setTexts((v) => ({ ...v, [k]: event.target.value }))}
    />
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffMediation.result.does')}
        told={t('staffMediation.result.told')}
        basis={t('staffMediation.result.basis')}
      />
      <Choices
        name="med-result"
        idBase="med-result"
        firstId={IDS.result}
        legend={t('staffMediation.result.legend')}
        errors={form.errors[IDS.result]}
        selected={result}
        onChange={setResult}
        choices={[
          { value: 'success', label: t('staffMediation.result.success'), hint: t('staffMediation.result.successHint') },
          { value: 'failure', label: t('staffMediation.result.failure'), hint: t('staffMediation.result.failureHint') },
        ]}
      />
      {success && (
        <fieldset>
          <legend className="choices__legend">{t('staffMediation.result.recordLegend')}</legend>
          {text('mediator')}
          {text('organisation')}
          <TextField
            id={IDS.parties}
            label={t('staffMediation.result.field.parties')}
            hint={t('staffMediation.result.partiesHint')}
            multiline
            errors={form.errors[IDS.parties]}
            value={parties}
            onChange={(event) => setParties(event.target.value)}
          />
          <TextField
            id={IDS.time}
            label={t('staffMediation.result.field.date')}
            type="date"
            errors={form.errors[IDS.time]}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
          <TextField
            id="med-result-time"
            label={t('staffMediation.result.field.time')}
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
          {text('place')}
          {text('subject')}
          {text('consumerViews')}
          {text('businessViews')}
          {text('result')}
          {text('implementation')}
          <TextField
            id={IDS.performanceDeadline}
            label={t('staffMediation.result.field.performanceDeadline')}
            hint={t('staffMediation.result.deadlineHint')}
            type="date"
            errors={form.errors[IDS.performanceDeadline]}
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
          />
          {text('otherTerms')}
          <TextField
            id={IDS.amountRecoveredVnd}
            label={t('staffMediation.result.field.amount')}
            hint={t('staffMediation.result.amountHint')}
            inputMode="numeric"
            errors={form.errors[IDS.amountRecoveredVnd]}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
        </fieldset>
      )}
      {result[0] === 'failure' && (
        <>
          <TextField
            id={IDS.reason}
            label={t('staffMediation.result.reason')}
            multiline
            errors={form.errors[IDS.reason]}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Choices
            name="med-result-next"
            idBase="med-result-next"
            firstId={IDS.nextStep}
            legend={t('staffMediation.result.next')}
            errors={form.errors[IDS.nextStep]}
            selected={nextStep}
            onChange={setNextStep}
            choices={['continue', 'arbitration', 'court', 'transfer'].map((v) => ({
              value: v,
              label: t(`staffMediation.result.nextStep.${v}`),
            }))}
          />
        </>
      )}
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffMediation.result.submit')}
      </button>
    </form>
  );
}
