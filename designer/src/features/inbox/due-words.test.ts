import { describe, expect, it } from 'vitest';
import { dueWords, type Due } from './due-words';
import { longDateTime } from '@/lib/dates/long-date-time';
import { londonToday, longDate, workingDaysBetween } from './working-days';

const on = (dueDate: string | null, overdue = false): Due => ({ dueDate, dueAt: null, overdue });

describe('working days', () => {
  it('counts the working days after one date up to and including another', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-26')).toBe(3);
    expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
  });

  it('skips Christmas, and Boxing Day moved to Monday 28 December 2026', () => {
    expect(workingDaysBetween('2026-12-18', '2026-12-29')).toBe(5);
  });

  it('skips the August bank holiday', () => {
    expect(workingDaysBetween('2026-08-28', '2026-09-01')).toBe(1);
  });

  it("takes today's date from London, not the browser", () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('writes dates the NHS.UK way', () => {
    expect(longDate('2026-11-26')).toBe('Thursday 26 November 2026');
    expect(longDateTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 14:05');
  });
});

describe('dueWords', () => {
  const monday = '2026-11-23';

  it('says today, tomorrow and working days ahead', () => {
    expect(dueWords(on(monday), monday)).toBe('due today');
    expect(dueWords(on('2026-11-24'), monday)).toBe('due tomorrow');
    expect(dueWords(on('2026-11-26'), monday)).toBe('due in 3 working days');
    expect(dueWords(on('2026-11-30'), monday)).toBe('due in 5 working days');
  });

  it('counts over a weekend and a bank holiday', () => {
    expect(dueWords(on('2026-11-30'), '2026-11-27')).toBe('due in 1 working day');
    expect(dueWords(on('2026-09-01'), '2026-08-28')).toBe('due in 1 working day');
    expect(dueWords(on('2026-12-29'), '2026-12-24')).toBe('due in 1 working day');
  });

  it('names the day when a task falls due at the weekend or on a bank holiday', () => {
    expect(dueWords(on('2026-11-29'), '2026-11-27')).toBe('due on Sunday');
    expect(dueWords(on('2026-11-29'), '2026-11-23')).toBe('due on Sunday');
    expect(dueWords(on('2026-12-28'), '2026-12-21')).toBe('due on Monday');
  });

  it('counts calendar days behind, like the dashboard', () => {
    expect(dueWords(on('2026-11-21', true), monday)).toBe('overdue by 2 days');
    expect(dueWords(on('2026-11-22', true), monday)).toBe('overdue by 1 day');
  });

  it('believes the server when a task due today has passed its time', () => {
    expect(dueWords(on(monday, true), monday)).toBe('overdue: it was due earlier today');
  });

  it('falls back to the London date of the due moment', () => {
    expect(dueWords({ dueDate: null, dueAt: '2026-11-25T17:00:00+00:00', overdue: false }, monday)).toBe('due in 2 working days');
    expect(dueWords({ dueDate: null, dueAt: '2026-06-30T23:30:00Z', overdue: false }, '2026-07-01')).toBe('due today');
  });

  it('says when there is no due date', () => {
    expect(dueWords(on(null), monday)).toBe('no due date');
  });
});
