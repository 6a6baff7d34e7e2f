import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import type { SummaryItem } from '../../components/ErrorSummary';

/** A plain sentence for any failure: never a raw code. */
export function errorSentence(t: TFunction, error: unknown): string {
  const kind = error instanceof ApiError ? error.kind : 'network';
  return t(`case.errors.${kind}`);
}

/**
 * The server's field errors (400, already in the reader's language), each linked to its field
 * (`fieldIds` maps the api's field name to the form's element id), or one plain sentence.
 */
export function summaryItems(
  t: TFunction,
  error: ApiError | null,
  fieldIds: Readonly<Record<string, string>> = {},
): SummaryItem[] {
  if (!error) return [];
  if (error.kind === 'validation' && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((f) => ({
      fieldId: fieldIds[f.field],
      message: f.messages.join(' '),
    }));
  }
  return [{ message: errorSentence(t, error) }];
}

/** The messages for one field of a form. */
export function fieldMessages(error: ApiError | null, field: string): string[] {
  if (!error || error.kind !== 'validation') return [];
  return error.fieldErrors.filter((f) => f.field === field).flatMap((f) => f.messages);
}
