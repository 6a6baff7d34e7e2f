import type { InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  /** The field's error messages (already translated); shown beside it and linked with aria-describedby. */
  errors?: readonly string[];
  multiline?: boolean;
}

/** A labelled field with its hint and its errors linked to it (WCAG 1.3.1, 3.3.1). */
export function TextField({ id, label, hint, errors = [], multiline = false, className, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const fieldClass = ['field', errors.length > 0 ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={fieldClass}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
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
      {multiline ? (
        <textarea
          id={id}
          className="field__input field__input--multiline"
          aria-describedby={describedBy}
          aria-invalid={errors.length > 0 || undefined}
          rows={6}
          {...(input as InputHTMLAttributes<HTMLTextAreaElement>)}
        />
      ) : (
        <input
          id={id}
          className="field__input"
          aria-describedby={describedBy}
          aria-invalid={errors.length > 0 || undefined}
          {...input}
        />
      )}
    </div>
  );
}
