import type { DateParts } from '../form-values';
import { FieldsetGroup, type FieldChrome } from './field-group';

interface DateProps {
  chrome: FieldChrome;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const parts = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

/** The NHS.UK date input: day, month and year boxes, which are easier than a date picker for a known date. */
export function DateControl({ chrome, value, onChange }: DateProps) {
  return (
    <FieldsetGroup chrome={{ ...chrome, hint: chrome.hint ?? 'For example, 15 3 2026' }}>
      <div className="nhsuk-date-input" id={chrome.id}>
        {parts.map((part) => (
          <div className="nhsuk-date-input__item" key={part.key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${chrome.id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${String(part.width)}${chrome.error ? ' nhsuk-input--error' : ''}`}
                id={`${chrome.id}-${part.key}`}
                name={`${chrome.id}-${part.key}`}
                type="text"
                inputMode="numeric"
                value={value[part.key]}
                onChange={(e) => {
                  onChange({ ...value, [part.key]: e.target.value });
                }}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}
