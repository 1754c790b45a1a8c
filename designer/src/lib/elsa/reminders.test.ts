import { describe, expect, it } from 'vitest';
import {
  describeEscalation,
  describeReminder,
  formatReminder,
  parseEscalation,
  parseReminder,
  parseReminderPhrase,
} from './reminders';

describe('reminders in plain English', () => {
  it.each([
    ['-P3D', '3 days before'],
    ['-P1D', '1 day before'],
    ['-P14D', '14 days before'],
    ['P0D', 'on the day'],
    ['P2D', '2 days after'],
    ['-P1W', '1 week before'],
  ])('%s reads as "%s" and back', (offset, phrase) => {
    expect(describeReminder(offset)).toBe(phrase);
    expect(parseReminderPhrase(phrase)).toBe(offset);
  });

  it('formats the inspector choices', () => {
    expect(formatReminder({ amount: 3, unit: 'days', timing: 'before' })).toBe('-P3D');
    expect(formatReminder({ amount: 9, unit: 'days', timing: 'on' })).toBe('P0D');
    expect(parseReminder('-P3D')).toEqual({ amount: 3, unit: 'days', timing: 'before' });
  });

  it('leaves offsets it cannot read as they are', () => {
    expect(describeReminder('PT9H')).toBe('PT9H');
    expect(parseReminderPhrase('whenever')).toBeNull();
  });

  it('describes escalation', () => {
    const spec = parseEscalation({ after: 'P5D', to: 'SupportPerson' });
    expect(spec).toEqual({ afterDays: 5, to: 'SupportPerson' });
    expect(spec && describeEscalation(spec)).toBe('If 5 days overdue, escalate to: Support person');
  });
});
