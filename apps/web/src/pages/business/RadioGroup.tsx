export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

/**
 * A radio group in a fieldset with its legend (WCAG 1.3.1); its error beside it and linked. The first
 * option's id is `${name}-${first value}`, the target of the error summary's link.
 */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  errors = [],
}: {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
}) {
  const errorId = errors.length > 0 ? `${name}-error` : undefined;
  return (
    <div className={errors.length > 0 ? 'field field--error' : 'field'}>
      <fieldset className="radios" aria-describedby={errorId}>
        <legend className="radios__legend">{legend}</legend>
        {errorId && (
          <p id={errorId} className="field__error">
            {errors.join(' ')}
          </p>
        )}
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          const hintId = option.hint ? `${id}-hint` : undefined;
          return (
            <div className="radios__item" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={hintId}
                className="radios__input"
              />
              <label htmlFor={id} className="radios__label">
                {option.label}
              </label>
              {hintId && (
                <p id={hintId} className="radios__hint">
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
