import { useId } from 'react';
import { FormGroup } from './form-group';
import { useDraft } from './use-draft';

interface NumberFieldProps {
  label: string;
  hint?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  /** Show the box without its own label group, e.g. inside a sentence. */
  inline?: boolean;
}

export function NumberField({ label, hint, value, onChange, min, inline = false }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value === undefined ? '' : String(value));
  const input = (
    <input
      className="nhsuk-input nhsuk-input--width-4"
      id={id}
      type="number"
      inputMode="numeric"
      min={min}
      value={draft}
      aria-label={inline ? label : undefined}
      aria-describedby={hint && !inline ? `${id}-hint` : undefined}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (text.trim() === '') onChange(undefined);
        else if (Number.isFinite(Number(text))) onChange(Math.trunc(Number(text)));
      }}
    />
  );
  if (inline) return input;
  return (
    <FormGroup id={id} label={label} hint={hint}>
      {input}
    </FormGroup>
  );
}
