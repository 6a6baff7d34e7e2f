import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { type FieldErrors, useFormSubmit } from '../../components/useFormSubmit';
import './i18n';

export type { FieldErrors };

/** A failed request in plain words, with a way forward (never a raw code). */
export function problemText(error: unknown, t: TFunction): string {
  const kind = error instanceof ApiError ? error.kind : 'network';
  return t(`staffMediation.problem.${kind}`);
}

/** The api's field errors (400) and per-field rules (422 `details: [{field, rule}]`) by input id. */
function errorsByField(error: unknown, fieldIds: Record<string, string>, t: TFunction): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const byField: FieldErrors = {};
  const add = (field: string, message: string) => {
    const id = fieldIds[field] ?? fieldIds[field.split('.').pop() ?? ''];
    if (id && message) byField[id] = [...(byField[id] ?? []), message];
  };
  for (const e of error.fieldErrors) e.messages.forEach((m) => add(e.field, m));
  const details = (error.body as { details?: unknown } | undefined)?.details;
  if (Array.isArray(details)) {
    for (const d of details as { field?: unknown; rule?: unknown }[]) {
      if (typeof d.field !== 'string' || typeof d.rule !== 'string') continue;
      add(d.field, t(`staffMediation.rules.${d.rule}`, { defaultValue: t('staffMediation.rules.other') }));
    }
  }
  return byField;
}

/**
 * A staff form's problems: the page's own checks first, then the request; a failure goes beside
 * its fields (the api's field names mapped to input ids) and into the error summary at the top.
 */
export function useStaffForm(fieldIds: Record<string, string>) {
  const { t } = useTranslation();
  const form = useFormSubmit({
    fieldErrors: (error) => errorsByField(error, fieldIds, t),
    problemText: (error) => problemText(error, t),
  });

  /** Shows `found` if the page's checks found anything; else sends. True when it went through. */
  const submit = async (found: FieldErrors, send: () => Promise<void>): Promise<boolean> =>
    (await form.submit(found, send)).sent;

  return { ...form, submit };
}
