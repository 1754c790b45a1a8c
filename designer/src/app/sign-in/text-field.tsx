import type { InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

/** An NHS.UK text input with its label and, when there is one, its error message read out with the field. */
export function TextField({ id, label, error, onChange, ...input }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={id}
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        {...input}
      />
    </div>
  );
}
