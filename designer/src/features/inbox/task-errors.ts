import { ApiProblem } from '@/lib/api/client';
import type { SummaryError } from './field-error-summary';
import { controlId } from './form-values';
import type { FormField } from './inbox-api';

export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The first message for a key of the server's problem details (a form field's name, `outcome`, `comment`…). */
export function firstError(errors: FieldErrors, key: string): string | undefined {
  return errors[key]?.[0];
}

/**
 * The error summary's lines: the form's fields in the order they appear, then the request's own keys (the
 * outcome, the comment) linked to their controls where `anchors` names one, then anything else unlinked.
 */
export function summaryErrors(fields: readonly FormField[], errors: FieldErrors, anchors: Record<string, string>): SummaryError[] {
  const seen = new Set<string>();
  const lines: SummaryError[] = [];
  const add = (key: string, target: string | undefined) => {
    seen.add(key);
    for (const message of errors[key] ?? []) lines.push({ target, message });
  };
  for (const field of fields) add(field.name, controlId(field));
  for (const [key, target] of Object.entries(anchors)) if (!seen.has(key)) add(key, target);
  for (const key of Object.keys(errors)) if (!seen.has(key)) add(key, undefined);
  return lines;
}

/** What to show for a failed request: its field errors, or its message as a summary line of its own. */
export function problemErrors(error: unknown): FieldErrors {
  if (error instanceof ApiProblem) return Object.keys(error.errors).length > 0 ? error.errors : { '': error.messages };
  return { '': ['Something went wrong. Try again.'] };
}
