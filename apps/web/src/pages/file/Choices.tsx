import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface ChoicesProps {
  /** The field's name; the first option's input has it as its id (the error summary links there). */
  name: string;
  legend: ReactNode;
  hint?: string;
  errors?: readonly string[];
  choices: readonly Choice[];
  type: 'checkbox' | 'radio';
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown under an option when it is chosen (e.g. the fields for an online purchase). */
  conditional?: Readonly<Record<string, ReactNode>>;
}

/** Radio buttons or checkboxes in a fieldset with its legend, hint and errors (WCAG 1.3.1, 3.3.1). */
export function Choices({
  name,
  legend,
  hint,
  errors = [],
  choices,
  type,
  selected,
  onChange,
  conditional,
}: ChoicesProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors.length > 0 ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <div className={errors.length > 0 ? 'field field--error' : 'field'}>
      <fieldset className="choices" aria-describedby={describedBy}>
        <legend className="choices__legend">{legend}</legend>
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
        {choices.map((choice, index) => {
          const id = index === 0 ? name : `${name}-${choice.value}`;
          const checked = selected.includes(choice.value);
          return (
            <div key={choice.value} className="choice">
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                checked={checked}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label htmlFor={id}>{choice.label}</label>
              {choice.hint && (
                <p id={`${id}-hint`} className="choice__hint">
                  {choice.hint}
                </p>
              )}
              {checked && conditional?.[choice.value] && (
                <div className="choice__conditional">{conditional[choice.value]}</div>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: string;
  errors?: readonly string[];
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A single checkbox (a consent), with its hint and errors. */
export function Checkbox({ id, label, hint, errors = [], checked, onChange }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className={errors.length > 0 ? 'field field--error' : 'field'}>
      {errorId && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={hintId} className="choice__hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
