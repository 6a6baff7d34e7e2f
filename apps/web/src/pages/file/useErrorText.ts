import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryItem } from '../../components/ErrorSummary';
import type { FormError } from './validate';

/**
 * The words of an error in the page's language: the catalog's message for the field and rule; for
 * the api's errors the catalog's own advice when it has one (so a language switch translates it
 * too), otherwise the api's message.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  const text = useCallback(
    (error: FormError): string => {
      const key = `file.errors.${error.field}.${error.rule}`;
      if (i18n.exists(key)) return t(key);
      return error.serverText ?? t('file.errors.form.server');
    },
    [t, i18n],
  );
  const forField = useCallback(
    (errors: readonly FormError[], field: FormError['field']) => errors.filter((e) => e.field === field).map(text),
    [text],
  );
  const summary = useCallback(
    (errors: readonly FormError[]): SummaryItem[] =>
      errors.map((e) => ({ fieldId: e.field === 'form' ? undefined : e.field, message: text(e) })),
    [text],
  );
  return { text, forField, summary };
}
