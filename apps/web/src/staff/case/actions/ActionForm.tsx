import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Checkbox, Choices } from '../../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { staffApi } from '../../session/staff-api';
import type { CaseDetail, CaseFile, Organisation } from '../types';
import { ACTION_SPECS, bodyOf, missingOf, type FieldSpec, type Values } from './action-specs';
import { ActionFacts } from './ActionFacts';

export interface ActionResult {
  action: string;
  detail: CaseDetail;
}

interface Props {
  action: string;
  detail: CaseDetail;
  authorities: readonly Organisation[] | undefined;
  files: readonly CaseFile[] | null | undefined;
  onDone: (result: ActionResult) => void;
  /** 409: the case changed since it was loaded (or the action is no longer allowed). */
  onStale: (action: string) => void;
}

/**
 * One action's form: what it does, who is told, the legal basis; the action's fields; then a
 * confirmation step that repeats what will happen before anything is sent.
 */
export function ActionForm({ action, detail, authorities, files, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const spec = ACTION_SPECS[action] ?? { fields: [] };
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `${action}-${name}`;
  const set = (name: string, value: Values[string]) => setValues((before) => ({ ...before, [name]: value }));
  const errorsOf = (name: string) => errors.filter((e) => e.fieldId?.startsWith(id(name))).map((e) => e.message);

  const review = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingOf(action, values).map(({ field, key }) => ({ fieldId: firstId(field), message: t(key) }));
    setErrors(missing);
    if (missing.length === 0) setStep('confirm');
  };

  const firstId = (name: string): string => {
    const field = spec.fields.find((f) => f.name === name);
    if (field?.kind === 'choice') return `${id(name)}-${optionsOf(field)[0] ?? ''}`;
    return id(name);
  };

  const optionsOf = (field: Extract<FieldSpec, { kind: 'choice' }>) =>
    typeof field.options === 'function' ? field.options(values) : field.options;

  const send = async () => {
    setBusy(true);
    try {
      const answer = await staffApi<CaseDetail>(`/cases/${detail.id}/actions/${action}`, {
        method: 'POST',
        body: bodyOf(action, values, detail.version),
      });
      onDone({ action, detail: answer });
    } catch (error) {
      setBusy(false);
      setStep('edit');
      if (error instanceof ApiError && error.status === 409) {
        onStale(action);
        return;
      }
      setErrors(problemsOf(error));
    }
  };

  const problemsOf = (error: unknown): SummaryItem[] => {
    if (!(error instanceof ApiError)) return [{ message: t('staff.problem.server') }];
    if (error.kind === 'validation' && error.fieldErrors.length > 0) {
      return error.fieldErrors.flatMap((f) => f.messages.map((message) => ({ fieldId: firstId(f.field), message })));
    }
    if (error.kind === 'rule') {
      const details = (error.body as { details?: { field: string; rule: string }[] } | undefined)?.details ?? [];
      if (details.length > 0) {
        return details.map((d) => ({
          fieldId: spec.fields.some((f) => f.name === d.field) ? firstId(d.field) : undefined,
          message: t(`staff.rule.${d.rule}`, { defaultValue: t('staff.rule.other', { rule: d.rule }) }),
        }));
      }
    }
    return [{ message: t(`staff.problem.${error.kind}`, { defaultValue: t('staff.problem.server') }) }];
  };

  const renderField = (field: FieldSpec) => {
    const label = t(`staff.action.${action}.field.${field.name}.label`);
    const hintKey = `staff.action.${action}.field.${field.name}.hint`;
    const hint = t(hintKey, { defaultValue: '' }) || undefined;
    const value = values[field.name];
    switch (field.kind) {
      case 'text':
        return (
          <TextField
            key={field.name}
            id={id(field.name)}
            label={label}
            hint={hint}
            multiline
            maxLength={field.max}
            errors={errorsOf(field.name)}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => set(field.name, event.target.value)}
          />
        );
      case 'choice':
        return (
          <Choices
            key={field.name}
            name={id(field.name)}
            legend={label}
            hint={hint}
            errors={errorsOf(field.name)}
            choices={optionsOf(field).map((option) => ({
              value: option,
              label: t(`staff.choice.${field.group}.${option}`),
            }))}
            selected={typeof value === 'string' ? [value] : []}
            onChange={([chosen]) => set(field.name, chosen ?? '')}
          />
        );
      case 'checkbox':
        return (
          <Checkbox
            key={field.name}
            id={id(field.name)}
            label={label}
            hint={hint}
            errors={errorsOf(field.name)}
            checked={value === true}
            onChange={(checked) => set(field.name, checked)}
          />
        );
      case 'amount':
        if (field.showWhen && !field.showWhen(values)) return null;
        return (
          <TextField
            key={field.name}
            id={id(field.name)}
            label={label}
            hint={hint}
            inputMode="numeric"
            autoComplete="off"
            errors={errorsOf(field.name)}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => set(field.name, event.target.value)}
          />
        );
      case 'authority':
        return (
          <SelectField
            key={field.name}
            id={id(field.name)}
            label={label}
            hint={hint}
            errors={errorsOf(field.name)}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => set(field.name, event.target.value)}
          >
            <option value="">{t('staff.action.chooseOrganisation')}</option>
            {(authorities ?? []).map((org) => (
              <option key={org.id} value={org.id}>
                {org.name} — {t(`staff.organisationKind.${org.kind}`, { defaultValue: org.kind })}
              </option>
            ))}
          </SelectField>
        );
      case 'documents': {
        const staffFiles = (files ?? []).filter((f) => f.uploadedBy === 'staff');
        if (staffFiles.length === 0) return <p key={field.name}>{t('staff.action.accept_mediation.noDocuments')}</p>;
        return (
          <Choices
            key={field.name}
            name={id(field.name)}
            type="checkbox"
            legend={label}
            hint={hint}
            errors={errorsOf(field.name)}
            choices={staffFiles.map((f) => ({ value: f.id, label: f.originalName }))}
            selected={Array.isArray(value) ? value : []}
            onChange={(chosen) => set(field.name, chosen)}
          />
        );
      }
    }
  };

  const title = t(`staff.action.${action}.title`, { defaultValue: t('staff.action.generic', { action }) });
  return (
    <form noValidate onSubmit={step === 'edit' ? review : (event) => (event.preventDefault(), void send())}>
      <ErrorSummary items={errors} />
      <ActionFacts action={action} />
      {step === 'edit' ? (
        <>
          {spec.fields.map(renderField)}
          <button type="submit" className="button">
            {t('staff.action.review')}
          </button>
        </>
      ) : (
        <div className="panel staff-confirm" role="group" aria-labelledby={id('confirm-title')}>
          <h4 id={id('confirm-title')}>{t('staff.action.confirmTitle', { action: title })}</h4>
          <p>{t(`staff.action.${action}.does`, { defaultValue: '' })}</p>
          <p>{t(`staff.action.${action}.told`, { defaultValue: '' })}</p>
          <button
            type="submit"
            className={spec.warning ? 'button button--warning' : 'button'}
            disabled={busy}
            autoFocus
          >
            {busy ? t('staff.action.sending') : t('staff.action.confirm', { action: title })}
          </button>{' '}
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setStep('edit')}>
            {t('staff.action.change')}
          </button>
        </div>
      )}
    </form>
  );
}
