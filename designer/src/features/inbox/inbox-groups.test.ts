import { describe, expect, it } from 'vitest';
import { groupInbox } from './inbox-groups';

const task = (id: string, dueDate: string | null, overdue = false) => ({ id, dueDate, dueAt: null, overdue });

const summary = (groups: ReturnType<typeof groupInbox<ReturnType<typeof task>>>) =>
  groups.map((g) => [g.title, g.items.map((i) => i.id)]);

describe('groupInbox', () => {
  it('puts late work first, then the rest of this week to Sunday, then later and undated work', () => {
    const wednesday = '2026-11-25';
    const items = [
      task('late-flagged', '2026-11-25', true),
      task('late-by-date', '2026-11-20'),
      task('friday', '2026-11-27'),
      task('sunday', '2026-11-29'),
      task('next-monday', '2026-11-30'),
      task('undated', null),
    ];

    expect(summary(groupInbox(items, wednesday))).toEqual([
      ['Overdue', ['late-flagged', 'late-by-date']],
      ['Due this week', ['friday', 'sunday']],
      ['Later', ['next-monday', 'undated']],
    ]);
  });

  it('starts a new week on Monday', () => {
    const sunday = '2026-11-29';

    expect(summary(groupInbox([task('today', sunday), task('monday', '2026-11-30')], sunday))).toEqual([
      ['Due this week', ['today']],
      ['Later', ['monday']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupInbox([], '2026-11-25')).toEqual([]);
    expect(summary(groupInbox([task('later', '2027-01-04')], '2026-11-25'))).toEqual([['Later', ['later']]]);
  });
});
