import { useId } from 'react';
import { FormGroup } from './form-group';

export interface Choice {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  hint?: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  inline?: boolean;
}

export function SelectField({ label, hint, value, choices, onChange, inline = false }: SelectFieldProps) {
  const id = useId();
  const known = choices.some((c) => c.value === value);
  const select = (
    <select
      className="nhsuk-select"
      id={id}
      value={value}
      aria-label={inline ? label : undefined}
      aria-describedby={hint && !inline ? `${id}-hint` : undefined}
      onChange={(e) => {
        onChange(e.target.value);
      }}
    >
      {known ? null : <option value={value}>{value === '' ? 'Choose…' : value}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
  if (inline) return select;
  return (
    <FormGroup id={id} label={label} hint={hint}>
      {select}
    </FormGroup>
  );
}
