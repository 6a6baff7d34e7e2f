import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  /** The field's error messages (already translated); shown beside it and linked with aria-describedby. */
  errors?: readonly string[];
  multiline?: boolean;
}

/** A labelled text field with its hint and its errors linked to it (WCAG 1.3.1, 3.3.1). */
export function TextField({ id, label, hint, errors = [], multiline = false, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {({ describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            className="field__input field__input--multiline"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            rows={6}
            {...(input as InputHTMLAttributes<HTMLTextAreaElement>)}
          />
        ) : (
          <input id={id} className="field__input" aria-describedby={describedBy} aria-invalid={invalid} {...input} />
        )
      }
    </Field>
  );
}
