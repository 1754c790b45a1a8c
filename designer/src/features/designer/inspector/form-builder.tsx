import { fieldNameFrom, readForm, writeFields, type FormField } from '@/lib/elsa/forms';
import { FormFieldEditor } from './form-field-editor';
import type { PanelProps } from './panel-props';

/** The questions on a task's form, in order, each editable in plain English. */
export function FormBuilder({ activity, onChange }: PanelProps) {
  const { fields } = readForm(activity);
  const write = (next: FormField[], key: string) => {
    onChange(writeFields(activity, next), `form.${key}`);
  };
  const move = (index: number, by: number) => {
    const target = index + by;
    const a = fields[index];
    const b = fields[target];
    if (!a || !b) return;
    const next = [...fields];
    next[index] = b;
    next[target] = a;
    write(next, 'move');
  };
  return (
    <section className="pf-form-builder" aria-labelledby={`${activity.id}-form-heading`}>
      <h3 className="nhsuk-heading-s" id={`${activity.id}-form-heading`}>
        Form questions
      </h3>
      {fields.length === 0 ? <p>This step has no form.</p> : null}
      <ol className="pf-form-builder__list">
        {fields.map((field, index) => (
          <FormFieldEditor
            key={index}
            field={field}
            position={index + 1}
            count={fields.length}
            onChange={(next, key) => {
              write(
                fields.map((f, i) => (i === index ? next : f)),
                `${String(index)}.${key}`,
              );
            }}
            onMove={(by) => {
              move(index, by);
            }}
            onRemove={() => {
              write(
                fields.filter((_, i) => i !== index),
                'remove',
              );
            }}
          />
        ))}
      </ol>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          const name = fieldNameFrom('New question', new Set(fields.map((f) => f.name)));
          write([...fields, { name, label: 'New question', kind: 'text', required: false }], 'add');
        }}
      >
        Add a question
      </button>
    </section>
  );
}
