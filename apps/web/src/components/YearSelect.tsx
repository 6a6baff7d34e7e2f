import type { ReactNode } from 'react';
import { Field } from './Field';

/** The years from `last` down to `first`, newest first, as a year list shows them. */
export function yearsDown(last: number, first: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** A labelled list of years, newest first. */
export function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
  className = 'field__input',
}: {
  id: string;
  label: ReactNode;
  years: readonly number[];
  value: string;
  onChange: (year: string) => void;
  className?: string;
}) {
  return (
    <Field id={id} label={label}>
      {({ describedBy }) => (
        <select
          id={id}
          className={className}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
