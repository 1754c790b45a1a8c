import type { FormField } from './inbox-api';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type MatrixValue = Record<string, { current: string; target: string }>;

/** What a person has typed or chosen so far, per field, before it is turned into the JSON the server checks. */
export type FieldValue = string | boolean | string[] | DateParts | MatrixValue;

export type FormValues = Record<string, FieldValue>;

/** The DOM id of a field's first control, so an error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function controlId(field: FormField): string {
  const id = fieldId(field.name);
  switch (field.kind) {
    case 'date':
      return `${id}-day`;
    case 'select':
    case 'multiSelect':
    case 'rating':
      return `${id}-0`;
    case 'maturityMatrix':
      return `${id}-0-current`;
    default:
      return id;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function initialValue(field: FormField, saved: unknown): FieldValue {
  switch (field.kind) {
    case 'checkbox':
      return saved === true;
    case 'multiSelect':
      return Array.isArray(saved) ? saved.filter((s): s is string => typeof s === 'string') : [];
    case 'date': {
      const [year = '', month = '', day = ''] = text(saved).split('-');
      return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
    }
    case 'maturityMatrix': {
      const grid: MatrixValue = {};
      for (const domain of field.domains ?? []) {
        const row = isRecord(saved) ? saved[domain] : undefined;
        grid[domain] = { current: isRecord(row) ? text(row.current) : '', target: isRecord(row) ? text(row.target) : '' };
      }
      return grid;
    }
    default:
      return text(saved);
  }
}

/** Starting values: what was saved on the task (a returned task keeps its last answers), else empty. */
export function initialValues(fields: readonly FormField[], data: unknown): FormValues {
  const saved = isRecord(data) ? data : {};
  return Object.fromEntries(fields.map((field) => [field.name, initialValue(field, saved[field.name])]));
}

const pad = (part: string) => part.trim().padStart(2, '0');

function submitted(field: FormField, value: FieldValue | undefined): unknown {
  if (value === undefined) return undefined;
  switch (field.kind) {
    case 'checkbox':
      return value === true ? true : undefined;
    case 'multiSelect':
      return Array.isArray(value) && value.length > 0 ? value : undefined;
    case 'date': {
      const { day, month, year } = value as DateParts;
      // A part-filled date is still sent, so the server says what is wrong rather than "enter a date".
      return day.trim() || month.trim() || year.trim() ? `${year.trim()}-${pad(month)}-${pad(day)}` : undefined;
    }
    case 'number':
    case 'rating': {
      const raw = (value as string).trim();
      if (raw === '') return undefined;
      const number = Number(raw.replace(/,/g, ''));
      return Number.isFinite(number) ? number : raw;
    }
    case 'maturityMatrix': {
      // Blank halves are left out so the server can say "give the current and target level" for that domain.
      const rows = Object.entries(value as MatrixValue)
        .filter(([, row]) => row.current !== '' || row.target !== '')
        .map(([domain, row]) => [domain, Object.fromEntries(Object.entries(row).filter(([, level]) => level !== ''))]);
      return rows.length > 0 ? Object.fromEntries(rows) : undefined;
    }
    default:
      return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  }
}

/** The form's fields as the JSON object the server validates; empty answers are left out so "required" works. */
export function toSubmission(fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = submitted(field, values[field.name]);
    if (value !== undefined) result[field.name] = value;
  }
  return result;
}
