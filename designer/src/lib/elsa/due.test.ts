import { describe, expect, it } from 'vitest';
import type { ElsaActivity } from './activity';
import { describeDue, parseDuePhrase, readDue, writeDue, type DueSpec } from './due';

const task = (due?: { type: string; value: string }, workingDays?: string): ElsaActivity => ({
  id: 't',
  type: 'PcnFlow.HumanTask',
  ...(due ? { due: { typeName: 'String', expression: due } } : {}),
  ...(workingDays ? { workingDays: { typeName: 'Boolean', expression: { type: 'Literal', value: workingDays } } } : {}),
});

describe('due dates in plain English', () => {
  it.each<[string, string, string | undefined, string]>([
    ['Literal', 'D+62', 'true', 'Day 62 of the programme'],
    ['Literal', 'D+0', undefined, 'Day 0 of the programme'],
    ['Literal', 'D-1', 'true', '1 day before the programme starts'],
    ['Literal', 'P5D', 'true', '5 working days after the previous step'],
    ['Literal', 'P1D', 'true', '1 working day after the previous step'],
    ['Literal', 'P5D', 'false', '5 days after the previous step'],
    ['Literal', 'P2W', 'true', '2 weeks after the previous step'],
    ['Literal', 'P1M', 'true', '1 month after the previous step'],
    ['JavaScript', 'addDays(context.day0, 91 + 365 * (getYear() - 1))', 'true', 'Day 91 of each programme year'],
    ['JavaScript', 'new Date()', undefined, 'Worked out by a formula'],
  ])('%s %s (working days %s) reads as "%s"', (type, value, workingDays, phrase) => {
    expect(describeDue(readDue(task({ type, value }, workingDays)))).toBe(phrase);
  });

  it('says when there is no due date', () => {
    expect(describeDue(readDue(task()))).toBe('No due date');
  });

  it.each<[string, DueSpec]>([
    ['Day 62 of the programme', { kind: 'programme-day', day: 62, workingDays: true }],
    ['1 day before the programme starts', { kind: 'programme-day', day: -1, workingDays: true }],
    ['5 working days after the previous step', { kind: 'after-previous', amount: 5, unit: 'days', workingDays: true }],
    ['3 days after the previous step', { kind: 'after-previous', amount: 3, unit: 'days', workingDays: false }],
    ['2 weeks after the previous step', { kind: 'after-previous', amount: 2, unit: 'weeks', workingDays: true }],
    ['Day 180 of each programme year', { kind: 'year-day', day: 180, workingDays: true }],
  ])('"%s" parses and reads back the same', (phrase, spec) => {
    expect(parseDuePhrase(phrase)).toEqual(spec);
    expect(describeDue(spec)).toBe(phrase);
  });

  it('does not guess at phrases it does not know', () => {
    expect(parseDuePhrase('sometime soon')).toBeNull();
  });
});

describe('writing due dates', () => {
  it('writes "Day N of the programme" as D+N', () => {
    const next = writeDue(task(undefined, 'true'), { kind: 'programme-day', day: 62, workingDays: true });
    expect(next.due).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'D+62' } });
    expect(next.workingDays).toEqual({ typeName: 'Boolean', expression: { type: 'Literal', value: 'true' } });
  });

  it('writes "N working days after the previous step" as PND with workingDays', () => {
    const next = writeDue(task(), { kind: 'after-previous', amount: 5, unit: 'days', workingDays: true });
    expect(next.due).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'P5D' } });
    expect(next.workingDays).toEqual({ typeName: 'Boolean', expression: { type: 'Literal', value: 'true' } });
  });

  it('writes a yearly programme day as the repeating formula', () => {
    const next = writeDue(task(), { kind: 'year-day', day: 95, workingDays: false });
    expect(next.due).toEqual({
      typeName: 'String',
      expression: { type: 'JavaScript', value: 'addDays(context.day0, 95 + 365 * (getYear() - 1))' },
    });
    expect(next).not.toHaveProperty('workingDays');
  });

  it('removes the due input for "no due date" and keeps other fields of the input', () => {
    const withMemory: ElsaActivity = {
      ...task({ type: 'Literal', value: 'D+1' }),
      due: { typeName: 'String', expression: { type: 'Literal', value: 'D+1' }, memoryReference: { id: 'm' } },
    };
    const moved = writeDue(withMemory, { kind: 'programme-day', day: 2, workingDays: false });
    expect(moved.due).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'D+2' }, memoryReference: { id: 'm' } });
    expect(writeDue(withMemory, { kind: 'none' })).not.toHaveProperty('due');
  });
});
