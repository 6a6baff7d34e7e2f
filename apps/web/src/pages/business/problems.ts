import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../../api/client';

/** A failed request in plain words, with a way forward (never a raw code). */
export function problemMessage(error: unknown, t: TFunction): string {
  const kind = error instanceof ApiError ? error.kind : 'network';
  switch (kind) {
    case 'validation':
      return t('business.problem.validation');
    case 'conflict':
      return t('business.problem.conflict');
    case 'gone':
    case 'not_found':
    case 'forbidden':
      return t('business.problem.gone');
    case 'rule':
      return t('business.problem.rule');
    case 'too_many':
      return t('business.problem.tooMany');
    case 'network':
      return t('business.problem.network');
    case 'server':
      return t('business.problem.server');
  }
}

/** The api's field errors (400), each beside its field: `fieldIds` maps the api's field name to the input's id. */
export function fieldErrorsOf(error: unknown, fieldIds: Record<string, string>): Record<string, string[]> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string[]> = {};
  const add = (field: string, messages: string[]) => {
    const id = fieldIds[field];
    if (id) byField[id] = [...(byField[id] ?? []), ...messages];
  };
  error.fieldErrors.forEach((e: FieldError) => add(e.field, e.messages));
  return byField;
}

/** A rule the api names per field (422 `details: [{field, rule}]`), in words from the catalog when it has them. */
export function ruleErrorsOf(
  error: unknown,
  fieldIds: Record<string, string>,
  words: (rule: string) => string,
): Record<string, string[]> {
  if (!(error instanceof ApiError) || error.kind !== 'rule') return {};
  const details = (error.body as { details?: unknown } | undefined)?.details;
  if (!Array.isArray(details)) return {};
  const byField: Record<string, string[]> = {};
  for (const detail of details as { field?: unknown; rule?: unknown }[]) {
    const id = typeof detail.field === 'string' ? fieldIds[detail.field] : undefined;
    const message = typeof detail.rule === 'string' ? words(detail.rule) : '';
    if (id && message) byField[id] = [...(byField[id] ?? []), message];
  }
  return byField;
}
