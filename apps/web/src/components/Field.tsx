import type { ReactNode } from 'react';

/** The ids of a field's hint and errors, and the aria-describedby that names them (WCAG 1.3.1, 3.3.1). */
export function fieldIds(id: string, hasHint: boolean, errors: readonly string[]) {
  const hintId = hasHint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's hint, then its errors, under its label or legend. */
export function FieldMessages({
  hintId,
  hint,
  errorId,
  errors,
}: {
  hintId?: string;
  hint?: ReactNode;
  errorId?: string;
  errors: readonly string[];
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

/** What the control of a Field gets: its aria-describedby and aria-invalid. */
export interface FieldControl {
  describedBy: string | undefined;
  invalid: true | undefined;
}

/**
 * A labelled field: the label, its hint and errors (linked to the control by aria-describedby),
 * then the control itself, whatever it is (an input, a select, a file input, a combobox).
 */
export function Field({
  id,
  label,
  hint,
  errors = [],
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
  children: (control: FieldControl) => ReactNode;
}) {
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(hint), errors);
  const classes = ['field', errors.length > 0 ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} errors={errors} />
      {children({ describedBy, invalid: errors.length > 0 || undefined })}
    </div>
  );
}
