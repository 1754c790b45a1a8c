import { countOf, formatDuration, parseDuration, type SimpleDuration } from './durations';
import { roleLabel } from './roles';
import { isJsonObject, type JsonValue } from './json';

export type ReminderTiming = 'before' | 'on' | 'after';

export interface ReminderSpec {
  amount: number;
  unit: 'days' | 'weeks';
  timing: ReminderTiming;
}

export function parseReminder(offset: string): ReminderSpec | null {
  const duration = parseDuration(offset);
  if (!duration || duration.unit === 'months') return null;
  if (duration.amount === 0) return { amount: 0, unit: 'days', timing: 'on' };
  return { amount: duration.amount, unit: duration.unit, timing: duration.negative ? 'before' : 'after' };
}

export function formatReminder(spec: ReminderSpec): string {
  const duration: SimpleDuration =
    spec.timing === 'on' || spec.amount === 0
      ? { amount: 0, unit: 'days', negative: false }
      : { amount: spec.amount, unit: spec.unit, negative: spec.timing === 'before' };
  return formatDuration(duration);
}

/** "-P3D" → "3 days before", "P0D" → "on the day". */
export function describeReminder(offset: string): string {
  const spec = parseReminder(offset);
  if (!spec) return offset;
  if (spec.timing === 'on') return 'on the day';
  return `${countOf(spec.amount, spec.unit)} ${spec.timing}`;
}

/** "3 days before" → "-P3D", "on the day" → "P0D"; null when the phrase is not understood. */
export function parseReminderPhrase(phrase: string): string | null {
  const text = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'on the day' || text === 'on the due date') return 'P0D';
  const match = /^(\d+) (days?|weeks?) (before|after)$/.exec(text);
  if (!match) return null;
  const unit = (match[2] ?? '').startsWith('week') ? 'weeks' : 'days';
  const timing = match[3] === 'before' ? 'before' : 'after';
  return formatReminder({ amount: Number(match[1]), unit, timing });
}

export interface EscalationSpec {
  afterDays: number;
  to: string;
}

export function parseEscalation(value: JsonValue | undefined): EscalationSpec | null {
  if (!isJsonObject(value)) return null;
  const after = typeof value.after === 'string' ? parseDuration(value.after) : null;
  const to = typeof value.to === 'string' ? value.to : '';
  if (!after || after.unit !== 'days') return null;
  return { afterDays: after.amount, to };
}

export function describeEscalation(spec: EscalationSpec): string {
  return `If ${countOf(spec.afterDays, 'days')} overdue, escalate to: ${roleLabel(spec.to)}`;
}
