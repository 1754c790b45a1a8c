import { useId } from 'react';
import { FormGroup } from './form-group';

interface TextFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  list?: string;
}

export function TextField({ label, hint, value, onChange, multiline = false, list }: TextFieldProps) {
  const id = useId();
  const describedBy = hint ? `${id}-hint` : undefined;
  return (
    <FormGroup id={id} label={label} hint={hint}>
      {multiline ? (
        <textarea
          className="nhsuk-textarea"
          id={id}
          rows={4}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      ) : (
        <input
          className="nhsuk-input"
          id={id}
          type="text"
          value={value}
          list={list}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
    </FormGroup>
  );
}
