import { fieldKinds, standardMaturityMatrix, type FormField } from '@/lib/elsa/forms';
import type { JsonValue } from '@/lib/elsa/json';
import { CheckboxField } from './fields/checkbox-field';
import { ListField } from './fields/list-field';
import { NumberField } from './fields/number-field';
import { SelectField } from './fields/select-field';
import { TextField } from './fields/text-field';

interface FormFieldEditorProps {
  field: FormField;
  position: number;
  count: number;
  onChange: (field: FormField, key: string) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

function withProp(field: FormField, key: string, value: JsonValue | undefined): FormField {
  const next = Object.fromEntries(Object.entries(field).filter(([k]) => k !== key)) as FormField;
  return value === undefined ? next : { ...field, [key]: value };
}

const strings = (value: JsonValue | undefined) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const numberOf = (value: JsonValue | undefined) => (typeof value === 'number' ? value : undefined);

export function FormFieldEditor({ field, position, count, onChange, onMove, onRemove }: FormFieldEditorProps) {
  const set = (key: string, value: JsonValue | undefined) => {
    onChange(withProp(field, key, value), key);
  };
  const listOrNothing = (values: string[]) => (values.length > 0 ? values : undefined);
  const name = `question ${String(position)}`;
  return (
    <li className="pf-form-field" aria-label={`Question ${String(position)}: ${field.label}`}>
      <TextField label="Question" value={field.label} onChange={(label) => { set('label', label); }} />
      <SelectField label="Kind of answer" value={field.kind} choices={fieldKinds} onChange={(kind) => { set('kind', kind); }} />
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
        <CheckboxField
          label={field.kind === 'checkbox' ? 'Must be ticked' : 'An answer is required'}
          checked={field.required === true}
          onChange={(required) => { set('required', required); }}
        />
      </div>
      <TextField
        label="Hint (optional)"
        value={typeof field.hint === 'string' ? field.hint : ''}
        onChange={(hint) => { set('hint', hint === '' ? undefined : hint); }}
      />
      {field.kind === 'select' || field.kind === 'multiSelect' ? (
        <ListField label="Choices" values={strings(field.options)} onChange={(options) => { set('options', listOrNothing(options)); }} />
      ) : null}
      {field.kind === 'number' || field.kind === 'rating' ? (
        <div className="pf-inline-fields">
          {field.kind === 'number' ? (
            <NumberField label="Lowest allowed" value={numberOf(field.min)} onChange={(min) => { set('min', min); }} />
          ) : null}
          <NumberField
            label={field.kind === 'rating' ? 'Highest rating (default 5)' : 'Highest allowed'}
            value={numberOf(field.max)}
            onChange={(max) => { set('max', max); }}
          />
        </div>
      ) : null}
      {field.kind === 'maturityMatrix' ? (
        <>
          <ListField label="Domains (rows)" values={strings(field.domains)} onChange={(v) => { set('domains', listOrNothing(v)); }} />
          <ListField label="Levels, lowest first" values={strings(field.levels)} onChange={(v) => { set('levels', listOrNothing(v)); }} />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => {
              onChange({ ...field, ...structuredClone(standardMaturityMatrix) }, 'matrix');
            }}
          >
            Use the standard PCN maturity matrix
          </button>
        </>
      ) : null}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Advanced</span>
        </summary>
        <div className="nhsuk-details__text">
          <TextField
            label="Saved as"
            hint="The name the answer is stored under. Changing it can break formulas that use it."
            value={field.name}
            onChange={(value) => { set('name', value); }}
          />
        </div>
      </details>
      <div className="pf-button-row">
        <button type="button" className="pf-link-button" disabled={position === 1} onClick={() => { onMove(-1); }}>
          Move up <span className="nhsuk-u-visually-hidden">{name}</span>
        </button>
        <button type="button" className="pf-link-button" disabled={position === count} onClick={() => { onMove(1); }}>
          Move down <span className="nhsuk-u-visually-hidden">{name}</span>
        </button>
        <button type="button" className="pf-link-button pf-link-button--warning" onClick={onRemove}>
          Remove <span className="nhsuk-u-visually-hidden">{name}</span>
        </button>
      </div>
    </li>
  );
}
