import type { ReactNode } from 'react';
import { FieldMessages, fieldIds } from './Field';
import './choices.css';

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface ChoicesProps {
  /** The inputs' name. */
  name: string;
  /** Where the ids start: `${idBase}-hint`, `${idBase}-error`, `${idBase}-${value}`. The name by default. */
  idBase?: string;
  /** The first option's id, which the error summary links to; `${idBase}-${first value}` by default. */
  firstId?: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** The group's error messages (already translated), shown under the legend and linked to it. */
  errors?: readonly string[];
  choices: readonly Choice[];
  /** Radio buttons (one answer, the default) or checkboxes (any number). */
  type?: 'radio' | 'checkbox';
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown under an option while it is chosen (e.g. the fields for an online purchase). */
  conditional?: Readonly<Record<string, ReactNode>>;
}

/**
 * Radio buttons or checkboxes in a fieldset with its legend, hint and errors (WCAG 1.3.1, 3.3.1):
 * large targets, each option's hint linked to it.
 */
export function Choices({
  name,
  idBase = name,
  firstId,
  legend,
  hint,
  errors = [],
  choices,
  type = 'radio',
  selected,
  onChange,
  conditional,
}: ChoicesProps) {
  const { hintId, errorId, describedBy } = fieldIds(idBase, Boolean(hint), errors);
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <div className={errors.length > 0 ? 'field field--error' : 'field'}>
      <fieldset className="choices" aria-describedby={describedBy}>
        <legend className="choices__legend">{legend}</legend>
        <FieldMessages hintId={hintId} hint={hint} errorId={errorId} errors={errors} />
        {choices.map((choice, index) => {
          const id = index === 0 && firstId ? firstId : `${idBase}-${choice.value}`;
          const optionHintId = choice.hint ? `${idBase}-${choice.value}-hint` : undefined;
          const checked = selected.includes(choice.value);
          return (
            <div key={choice.value} className="choice">
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                checked={checked}
                aria-describedby={optionHintId}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label htmlFor={id}>{choice.label}</label>
              {choice.hint && (
                <p id={optionHintId} className="choice__hint">
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

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
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
