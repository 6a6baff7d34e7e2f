import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { SummaryItem } from '../../components/ErrorSummary';
import { fieldErrorsOf, summaryItems } from './problems';

export type FieldErrors = Record<string, string[]>;

/**
 * A form of the business's page and its problems: the page's own checks first, then the request; a
 * link that ended (410) leaves the page, any other failure goes beside its fields (the api's field
 * names mapped to the inputs' ids by `fieldIds`) and into the error summary.
 */
export function useBusinessForm({
  fieldIds,
  onGone,
  moreErrors,
}: {
  fieldIds: Record<string, string>;
  onGone: () => void;
  /** Field errors the api gives otherwise than as a 400 (e.g. a rule per field, 422). */
  moreErrors?: (error: unknown) => FieldErrors;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [sending, setSending] = useState(false);

  const show = (byField: FieldErrors, error: unknown) => {
    setErrors(byField);
    setSummary(summaryItems(error, byField, t));
  };

  /** Shows `found` if the page's checks found anything; else sends. Answers the request's failure, if any. */
  const submit = async (found: FieldErrors, send: () => Promise<void>): Promise<unknown> => {
    if (Object.keys(found).length > 0) {
      show(found, null);
      return undefined;
    }
    setSending(true);
    try {
      await send();
      setErrors({});
      setSummary([]);
      return undefined;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'gone') {
        onGone();
        return error;
      }
      show({ ...fieldErrorsOf(error, fieldIds), ...(moreErrors?.(error) ?? {}) }, error);
      return error;
    } finally {
      setSending(false);
    }
  };

  return { errors, summary, sending, submit };
}
