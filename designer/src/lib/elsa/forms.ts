import type { ElsaActivity } from './activity';
import { readObject, writeObject } from './inputs';
import { isJsonObject, type JsonObject } from './json';

export type FieldKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'date'
  | 'select'
  | 'multiSelect'
  | 'checkbox'
  | 'rating'
  | 'evidenceLink'
  | 'maturityMatrix';

export const fieldKinds: readonly { value: FieldKind; label: string }[] = [
  { value: 'text', label: 'Short answer' },
  { value: 'longText', label: 'Long answer' },
  { value: 'number', label: 'Number' },
  { value: 'date', label: 'Date' },
  { value: 'select', label: 'Choose one' },
  { value: 'multiSelect', label: 'Choose any' },
  { value: 'checkbox', label: 'Tick box' },
  { value: 'rating', label: 'Rating' },
  { value: 'evidenceLink', label: 'Link to evidence' },
  { value: 'maturityMatrix', label: 'Maturity matrix' },
];

/** A form field as the engine reads it; unknown keys are kept as they are. */
export type FormField = JsonObject & { name: string; label: string; kind: string };

/** The matrix from the domain brief; levels are unverified, so they stay editable data. */
export const standardMaturityMatrix = {
  domains: [
    'Leadership, planning and partnerships',
    'Use of data and population health management',
    'Integrating care',
    'Managing resources',
    'Working with people and communities',
  ],
  levels: ['Foundation', 'Step 1', 'Step 2', 'Step 3'],
};

export function readForm(activity: ElsaActivity): { form: JsonObject; fields: FormField[] } {
  const value = readObject(activity, 'form');
  const form = isJsonObject(value) ? value : {};
  const fields = Array.isArray(form.fields)
    ? form.fields.filter(
        (f): f is FormField => isJsonObject(f) && typeof f.name === 'string' && typeof f.kind === 'string',
      ).map((f) => ({ ...f, label: typeof f.label === 'string' ? f.label : f.name }))
    : [];
  return { form, fields };
}

export function writeFields(activity: ElsaActivity, fields: FormField[]): ElsaActivity {
  const { form } = readForm(activity);
  if (fields.length === 0 && Object.keys(form).length <= 1) return writeObject(activity, 'form', undefined);
  return writeObject(activity, 'form', { ...form, fields });
}

export function formFieldCount(activity: ElsaActivity): number {
  return readForm(activity).fields.length;
}

/** "Combined registered population" → "combinedRegisteredPopulation", unique among `taken`. */
export function fieldNameFrom(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  const stem =
    words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('') ||
    'field';
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}${n}`;
  return name;
}
