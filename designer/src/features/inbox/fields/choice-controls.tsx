import { describedBy } from './described-by';
import { FieldsetGroup, type FieldChrome } from './field-group';

interface RadiosProps {
  chrome: FieldChrome;
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}

/** One of several options (a choice or a rating) as NHS.UK radios; ids run `<id>-0`, `<id>-1`, … */
export function RadiosControl({ chrome, options, value, onChange, inline }: RadiosProps) {
  return (
    <FieldsetGroup chrome={chrome}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {options.map((option, index) => (
          <div className="nhsuk-radios__item" key={option}>
            <input
              className="nhsuk-radios__input"
              id={`${chrome.id}-${String(index)}`}
              name={chrome.id}
              type="radio"
              value={option}
              checked={value === option}
              onChange={() => {
                onChange(option);
              }}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${chrome.id}-${String(index)}`}>
              {option}
            </label>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}

interface CheckboxesProps {
  chrome: FieldChrome;
  options: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** Any of several options as NHS.UK checkboxes, kept in the options' order. */
export function CheckboxesControl({ chrome, options, value, onChange }: CheckboxesProps) {
  const toggle = (option: string, on: boolean) => {
    onChange(options.filter((o) => (o === option ? on : value.includes(o))));
  };
  return (
    <FieldsetGroup chrome={chrome}>
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => (
          <div className="nhsuk-checkboxes__item" key={option}>
            <input
              className="nhsuk-checkboxes__input"
              id={`${chrome.id}-${String(index)}`}
              name={chrome.id}
              type="checkbox"
              checked={value.includes(option)}
              onChange={(e) => {
                toggle(option, e.target.checked);
              }}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${chrome.id}-${String(index)}`}>
              {option}
            </label>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}

interface CheckboxProps {
  chrome: FieldChrome;
  value: boolean;
  onChange: (value: boolean) => void;
}

/** A single tick box, such as "The practices have agreed": its label is the field's label. */
export function CheckboxControl({ chrome, value, onChange }: CheckboxProps) {
  return (
    <div className={`nhsuk-form-group${chrome.error ? ' nhsuk-form-group--error' : ''}`}>
      {chrome.error && (
        <span className="nhsuk-error-message" id={`${chrome.id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {chrome.error}
        </span>
      )}
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={chrome.id}
            name={chrome.id}
            type="checkbox"
            aria-describedby={describedBy(chrome)}
            checked={value}
            onChange={(e) => {
              onChange(e.target.checked);
            }}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={chrome.id}>
            {chrome.label}
          </label>
          {chrome.hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${chrome.id}-hint`}>
              {chrome.hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
