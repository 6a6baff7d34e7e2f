import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type FieldErrors, useFormSubmit } from '../../components/useFormSubmit';
import { fieldErrorsOf, problemMessage } from './problems';

export type { FieldErrors };

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
  const form = useFormSubmit({
    fieldErrors: (error) => {
      if (error instanceof ApiError && error.kind === 'gone') {
        onGone();
        return null;
      }
      return { ...fieldErrorsOf(error, fieldIds), ...(moreErrors?.(error) ?? {}) };
    },
    problemText: (error) => problemMessage(error, t),
  });

  /** Shows `found` if the page's checks found anything; else sends. Answers the request's failure, if any. */
  const submit = async (found: FieldErrors, send: () => Promise<void>): Promise<unknown> => {
    const outcome = await form.submit(found, send);
    return outcome.sent ? undefined : outcome.error;
  };

  return { errors: form.errors, summary: form.summary, sending: form.sending, submit };
}
