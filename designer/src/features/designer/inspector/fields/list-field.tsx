import { useId } from 'react';
import { FormGroup } from './form-group';
import { useDraft } from './use-draft';

interface ListFieldProps {
  label: string;
  hint?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** A list edited as text, one item a line. */
export function ListField({ label, hint, values, onChange }: ListFieldProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(values.join('\n'));
  return (
    <FormGroup id={id} label={label} hint={hint ?? 'One a line'}>
      <textarea
        className="nhsuk-textarea"
        id={id}
        rows={Math.min(8, Math.max(3, values.length + 1))}
        value={draft}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(
            e.target.value
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          );
        }}
      />
    </FormGroup>
  );
}
