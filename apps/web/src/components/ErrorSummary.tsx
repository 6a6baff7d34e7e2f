import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field the message belongs to (the link moves focus there), or undefined for a page-level message. */
  fieldId?: string;
  message: string;
}

/** The errors of a page, at its top: focused when shown, each linked to its field (GOV.UK pattern). */
export function ErrorSummary({ items }: { items: readonly SummaryItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Focused when the errors shown change (a new submit), not whenever the page re-renders.
  const signature = items.map((item) => `${item.fieldId ?? ''}:${item.message}`).join('|');
  useEffect(() => {
    if (signature !== '') ref.current?.focus();
  }, [signature]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('common.errorSummaryTitle')}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={`${item.fieldId ?? ''}-${index}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId ?? '')?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
