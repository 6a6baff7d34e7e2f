import { useState } from 'react';
import type { SummaryItem } from './ErrorSummary';

/** Messages by input id. */
export type FieldErrors = Record<string, string[]>;

/** What became of a submit: sent, or not (stopped by the page's checks, or `error` the request's failure). */
export type SubmitOutcome = { sent: true } | { sent: false; error?: unknown };

/**
 * A form's problems: the page's own checks first, then the request. A failure goes beside its
 * fields and into the error summary at the top, in `problemText`'s words when no field explains it;
 * `fieldErrors` answers null for a failure the page deals with itself (then nothing is shown).
 */
export function useFormSubmit({
  fieldErrors,
  problemText,
}: {
  fieldErrors: (error: unknown) => FieldErrors | null;
  problemText: (error: unknown) => string;
}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [sending, setSending] = useState(false);

  const show = (byField: FieldErrors, error: unknown) => {
    setErrors(byField);
    const items = Object.entries(byField).flatMap(([fieldId, messages]) =>
      messages.map((message) => ({ fieldId, message })),
    );
    setSummary(items.length > 0 ? items : [{ message: problemText(error) }]);
  };

  const reset = () => {
    setErrors({});
    setSummary([]);
  };

  /** Shows `found` if the page's checks found anything; else sends. */
  const submit = async (found: FieldErrors, send: () => Promise<void>): Promise<SubmitOutcome> => {
    if (Object.keys(found).length > 0) {
      show(found, null);
      return { sent: false };
    }
    setSending(true);
    try {
      await send();
      reset();
      return { sent: true };
    } catch (error) {
      const byField = fieldErrors(error);
      if (byField) show(byField, error);
      return { sent: false, error };
    } finally {
      setSending(false);
    }
  };

  return { errors, summary, sending, submit, reset };
}
