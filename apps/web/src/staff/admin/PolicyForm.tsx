import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { FormFacts } from '../mediation/FormFacts';
import { useStaffForm } from '../mediation/useStaffForm';
import { adminApi } from './admin-api';
import type { DeadlinePolicy } from './types';

const UNITS = ['working_days', 'calendar_days', 'months', 'fixed_date'];

/** One kind of clock: its period (read-only when the law sets it), reminder lead and escalation. */
export function PolicyForm({ policy, onSaved }: { policy: DeadlinePolicy; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const p = `policy-${policy.kind}`;
  const ids = {
    unit: `${p}-unit`,
    amount: `${p}-amount`,
    reminderLeadWorkingDays: `${p}-reminder`,
    departmentEscalationWorkingDays: `${p}-escalation`,
  };
  const [unit, setUnit] = useState(policy.unit);
  const [amount, setAmount] = useState(policy.amount === null ? '' : String(policy.amount));
  const [lead, setLead] = useState(String(policy.reminderLeadWorkingDays));
  const [escalation, setEscalation] = useState(
    policy.departmentEscalationWorkingDays === null ? '' : String(policy.departmentEscalationWorkingDays),
  );
  const form = useStaffForm(ids);
  const whole = (text: string) => /^\d+$/.test(text.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!policy.statutory && unit !== 'fixed_date' && !whole(amount))
      found[ids.amount] = [t('staffAdmin.deadlines.wholeNumber')];
    if (!whole(lead)) found[ids.reminderLeadWorkingDays] = [t('staffAdmin.deadlines.wholeNumber')];
    if (escalation.trim() !== '' && !whole(escalation))
      found[ids.departmentEscalationWorkingDays] = [t('staffAdmin.deadlines.wholeNumber')];
    const ok = await form.submit(found, async () => {
      await adminApi.savePolicy(policy.kind, {
        unit: policy.statutory ? policy.unit : unit,
        amount: policy.statutory ? policy.amount : unit === 'fixed_date' ? null : Number(amount),
        reminderLeadWorkingDays: Number(lead),
        departmentEscalationWorkingDays: escalation.trim() === '' ? null : Number(escalation),
      });
    });
    if (ok)
      onSaved(
        t('staffAdmin.deadlines.saved', {
          kind: t(`staffAdmin.deadlines.kind.${policy.kind}`, { defaultValue: policy.kind }),
        }),
      );
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffAdmin.deadlines.does')}
        told={t('staffAdmin.deadlines.told')}
        basis={policy.legalBasis}
      />
      {policy.statutory ? (
        <p className="panel">{t('staffAdmin.deadlines.statutoryNote')}</p>
      ) : (
        <>
          <SelectField
            id={ids.unit}
            label={t('staffAdmin.deadlines.unit')}
            errors={form.errors[ids.unit]}
            value={unit}
            onChange={(event) => setUnit(event.target.value)}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`staffAdmin.deadlines.units.${u}`)}
              </option>
            ))}
          </SelectField>
          {unit !== 'fixed_date' && (
            <TextField
              id={ids.amount}
              label={t('staffAdmin.deadlines.amount')}
              inputMode="numeric"
              errors={form.errors[ids.amount]}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </>
      )}
      <TextField
        id={ids.reminderLeadWorkingDays}
        label={t('staffAdmin.deadlines.reminder')}
        hint={t('staffAdmin.deadlines.reminderHint')}
        inputMode="numeric"
        errors={form.errors[ids.reminderLeadWorkingDays]}
        value={lead}
        onChange={(event) => setLead(event.target.value)}
      />
      <TextField
        id={ids.departmentEscalationWorkingDays}
        label={t('staffAdmin.deadlines.escalation')}
        hint={t('staffAdmin.deadlines.escalationHint')}
        inputMode="numeric"
        errors={form.errors[ids.departmentEscalationWorkingDays]}
        value={escalation}
        onChange={(event) => setEscalation(event.target.value)}
      />
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffAdmin.deadlines.save')}
      </button>
    </form>
  );
}
