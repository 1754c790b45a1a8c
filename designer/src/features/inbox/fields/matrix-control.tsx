import type { MatrixValue } from '../form-values';
import { FieldsetGroup, type FieldChrome } from './field-group';

interface MatrixProps {
  chrome: FieldChrome;
  domains: readonly string[];
  levels: readonly string[];
  value: MatrixValue;
  onChange: (value: MatrixValue) => void;
}

const halves = [
  { key: 'current', label: 'Where you are now' },
  { key: 'target', label: 'Where you aim to be' },
] as const;

/**
 * The maturity-matrix grid: for each domain, the current and target level. Each domain is its own fieldset with
 * two selects rather than a wide table of radios, so it reads in order with a screen reader and fits 320 px.
 */
export function MatrixControl({ chrome, domains, levels, value, onChange }: MatrixProps) {
  const set = (domain: string, half: 'current' | 'target', level: string) => {
    const row = value[domain] ?? { current: '', target: '' };
    onChange({ ...value, [domain]: { ...row, [half]: level } });
  };
  return (
    <FieldsetGroup chrome={{ ...chrome, hint: chrome.hint ?? `Levels, lowest first: ${levels.join(', ')}.` }}>
      {domains.map((domain, index) => (
        <fieldset className="nhsuk-fieldset pf-matrix__domain" key={domain}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{domain}</legend>
          <div className="pf-matrix__row">
            {halves.map((half) => {
              const id = `${chrome.id}-${String(index)}-${half.key}`;
              return (
                <div className="nhsuk-form-group" key={half.key}>
                  <label className="nhsuk-label" htmlFor={id}>
                    {half.label}
                  </label>
                  <select
                    className={`nhsuk-select${chrome.error ? ' nhsuk-select--error' : ''}`}
                    id={id}
                    name={id}
                    value={value[domain]?.[half.key] ?? ''}
                    onChange={(e) => {
                      set(domain, half.key, e.target.value);
                    }}
                  >
                    <option value="">Choose a level</option>
                    {levels.map((level) => (
                      <option key={level} value={level}>
                        {level}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </FieldsetGroup>
  );
}
