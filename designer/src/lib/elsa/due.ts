import type { ElsaActivity } from './activity';
import { countOf, formatDuration, parseDuration, type DurationUnit } from './durations';
import { readBoolean, readExpression, removeInput, writeBoolean, writeInput } from './inputs';

/** A due date as a programme lead thinks of it. */
export type DueSpec =
  | { kind: 'none' }
  | { kind: 'programme-day'; day: number; workingDays: boolean }
  | { kind: 'year-day'; day: number; workingDays: boolean }
  | { kind: 'after-previous'; amount: number; unit: DurationUnit; workingDays: boolean }
  | { kind: 'formula'; text: string; workingDays: boolean };

const programmeDay = /^D([+-])(\d+)$/;
const yearDay = /^addDays\(context\.day0,\s*(\d+)\s*\+\s*365\s*\*\s*\(getYear\(\)\s*-\s*1\)\)$/;

export function yearDayFormula(day: number): string {
  return `addDays(context.day0, ${day} + 365 * (getYear() - 1))`;
}

/** Reads a due-style input (`due`, `scheduledDay`) together with `workingDays`. */
export function readDue(activity: ElsaActivity, name = 'due'): DueSpec {
  const expression = readExpression(activity, name);
  const workingDays = readBoolean(activity, 'workingDays') ?? false;
  if (!expression || expression.value === null || expression.value === '') return { kind: 'none' };
  const text = typeof expression.value === 'string' ? expression.value.trim() : JSON.stringify(expression.value);
  if (expression.type === 'JavaScript') {
    const year = yearDay.exec(text);
    if (year) return { kind: 'year-day', day: Number(year[1]), workingDays };
    return { kind: 'formula', text, workingDays };
  }
  const day = programmeDay.exec(text);
  if (day) return { kind: 'programme-day', day: Number(day[2]) * (day[1] === '-' ? -1 : 1), workingDays };
  const duration = parseDuration(text);
  if (duration && !duration.negative) {
    return { kind: 'after-previous', amount: duration.amount, unit: duration.unit, workingDays };
  }
  return { kind: 'formula', text, workingDays };
}

export function dueValue(spec: DueSpec): { type: 'Literal' | 'JavaScript'; value: string } | null {
  switch (spec.kind) {
    case 'none':
      return null;
    case 'programme-day':
      return { type: 'Literal', value: `D${spec.day < 0 ? '-' : '+'}${Math.abs(spec.day)}` };
    case 'year-day':
      return { type: 'JavaScript', value: yearDayFormula(spec.day) };
    case 'after-previous':
      return { type: 'Literal', value: formatDuration({ amount: spec.amount, unit: spec.unit, negative: false }) };
    case 'formula':
      return { type: 'JavaScript', value: spec.text };
  }
}

/** Writes the due input and `workingDays`, touching `workingDays` only when its meaning changes. */
export function writeDue(activity: ElsaActivity, spec: DueSpec, name = 'due'): ElsaActivity {
  const value = dueValue(spec);
  let next = value ? writeInput(activity, name, 'String', value) : removeInput(activity, name);
  if (spec.kind !== 'none' && (readBoolean(activity, 'workingDays') ?? false) !== spec.workingDays) {
    next = writeBoolean(next, 'workingDays', spec.workingDays);
  }
  return next;
}

export function describeDue(spec: DueSpec): string {
  switch (spec.kind) {
    case 'none':
      return 'No due date';
    case 'programme-day':
      if (spec.day < 0) return `${countOf(-spec.day, 'days')} before the programme starts`;
      return `Day ${spec.day} of the programme`;
    case 'year-day':
      return `Day ${spec.day} of each programme year`;
    case 'after-previous': {
      const unit = spec.unit === 'days' && spec.workingDays ? 'working days' : spec.unit;
      return `${countOf(spec.amount, unit)} after the previous step`;
    }
    case 'formula':
      return 'Worked out by a formula';
  }
}

/** Reads the phrases `describeDue` writes, so people can type them too. */
export function parseDuePhrase(phrase: string, workingDays = true): DueSpec | null {
  const text = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || text === 'no due date') return { kind: 'none' };
  let match = /^day (-?\d+) of (?:the|this) programme$/.exec(text);
  if (match) return { kind: 'programme-day', day: Number(match[1]), workingDays };
  match = /^day (\d+) of each programme year$/.exec(text);
  if (match) return { kind: 'year-day', day: Number(match[1]), workingDays };
  match = /^(\d+) days? before the programme starts$/.exec(text);
  if (match) return { kind: 'programme-day', day: -Number(match[1]), workingDays };
  match = /^(\d+) (working days?|days?|weeks?|months?) after the previous step$/.exec(text);
  if (match) {
    const word = match[2] ?? '';
    const unit: DurationUnit = word.startsWith('week') ? 'weeks' : word.startsWith('month') ? 'months' : 'days';
    const working = word.startsWith('working') ? true : unit === 'days' ? false : workingDays;
    return { kind: 'after-previous', amount: Number(match[1]), unit, workingDays: working };
  }
  return null;
}
