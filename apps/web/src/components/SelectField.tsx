import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's error messages (already translated); shown beside it and linked with aria-describedby. */
  errors?: readonly string[];
  /** The options. */
  children: ReactNode;
}

/** A labelled list to choose from, with its hint and its errors linked to it (WCAG 1.3.1, 3.3.1). */
export function SelectField({ id, label, hint, errors = [], className, children, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {({ describedBy, invalid }) => (
        <select id={id} className="field__input" aria-describedby={describedBy} aria-invalid={invalid} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}
