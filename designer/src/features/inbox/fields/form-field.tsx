import type { FormField } from '../inbox-api';
import { fieldId, type DateParts, type FieldValue, type MatrixValue } from '../form-values';
import { CheckboxControl, CheckboxesControl, RadiosControl } from './choice-controls';
import { DateControl } from './date-control';
import type { FieldChrome } from './field-group';
import { MatrixControl } from './matrix-control';
import { LongTextControl, TextControl } from './text-controls';

interface FormFieldProps {
  field: FormField;
  value: FieldValue | undefined;
  error: string | undefined;
  onChange: (value: FieldValue) => void;
}

function ratingOptions(field: FormField): string[] {
  const min = Number(field.min ?? 1);
  const max = Number(field.max ?? 5);
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => String(min + i));
}

/** One field of a task's form, drawn with the NHS.UK control that suits its kind. */
export function FormFieldControl({ field, value, error, onChange }: FormFieldProps) {
  const chrome: FieldChrome = { id: fieldId(field.name), label: field.label, hint: field.hint, error, optional: !field.required };
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'longText':
      return <LongTextControl chrome={chrome} value={text} onChange={onChange} />;
    case 'number':
      return <TextControl chrome={chrome} kind="number" value={text} onChange={onChange} />;
    case 'evidenceLink':
      return <TextControl chrome={{ ...chrome, hint: field.hint ?? 'A full web address, starting https://' }} kind="url" value={text} onChange={onChange} />;
    case 'date':
      return <DateControl chrome={chrome} value={(value as DateParts | undefined) ?? { day: '', month: '', year: '' }} onChange={onChange} />;
    case 'select':
      return <RadiosControl chrome={chrome} options={field.options ?? []} value={text} onChange={onChange} />;
    case 'rating':
      return <RadiosControl chrome={chrome} options={ratingOptions(field)} value={text} onChange={onChange} inline />;
    case 'multiSelect':
      return <CheckboxesControl chrome={chrome} options={field.options ?? []} value={Array.isArray(value) ? value : []} onChange={onChange} />;
    case 'checkbox':
      return <CheckboxControl chrome={chrome} value={value === true} onChange={onChange} />;
    case 'maturityMatrix':
      return (
        <MatrixControl chrome={chrome} domains={field.domains ?? []} levels={field.levels ?? []} value={(value as MatrixValue | undefined) ?? {}} onChange={onChange} />
      );
    default:
      return <TextControl chrome={chrome} kind="text" value={text} onChange={onChange} />;
  }
}
