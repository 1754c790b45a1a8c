import type { Choice } from './select-field';
import { CheckboxField } from './checkbox-field';

interface CheckboxListProps {
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** A fieldset of tick boxes; values not among the choices are kept. */
export function CheckboxList({ legend, hint, choices, values, onChange }: CheckboxListProps) {
  const unknown = values.filter((v) => !choices.some((c) => c.value === v));
  const all = [...choices, ...unknown.map((v) => ({ value: v, label: v }))];
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? <div className="nhsuk-hint">{hint}</div> : null}
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {all.map((choice) => (
            <CheckboxField
              key={choice.value}
              label={choice.label}
              checked={values.includes(choice.value)}
              onChange={(checked) => {
                onChange(checked ? [...values, choice.value] : values.filter((v) => v !== choice.value));
              }}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
