import { useState } from 'react';
import { toIsoDate, type DayMonthYear } from './dates';

interface Day0InputProps {
  value: DayMonthYear;
  onChange: (value: DayMonthYear) => void;
}

const fields = [
  { name: 'day', label: 'Day', width: 2 },
  { name: 'month', label: 'Month', width: 2 },
  { name: 'year', label: 'Year', width: 4 },
] as const;

/** The NHS.UK date input for the programme's day 0, with an error once the fields stop making a date. */
export function Day0Input({ value, onChange }: Day0InputProps) {
  const [touched, setTouched] = useState(false);
  const invalid = touched && toIsoDate(value) === null;
  return (
    <div className={`nhsuk-form-group${invalid ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={`day0-hint${invalid ? ' day0-error' : ''}`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Day 0 of the programme</legend>
        <div className="nhsuk-hint" id="day0-hint">
          The date the programme starts for a PCN, for example 1 4 2026
        </div>
        {invalid ? (
          <span className="nhsuk-error-message" id="day0-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> Enter a real date, for example 1 4 2026
          </span>
        ) : null}
        <div className="nhsuk-date-input">
          {fields.map((field) => (
            <div key={field.name} className="nhsuk-date-input__item">
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`day0-${field.name}`}>
                  {field.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${String(field.width)}${invalid ? ' nhsuk-input--error' : ''}`}
                  id={`day0-${field.name}`}
                  inputMode="numeric"
                  value={value[field.name]}
                  onChange={(event) => {
                    setTouched(true);
                    onChange({ ...value, [field.name]: event.target.value });
                  }}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
