import { dueDay, endOfWeek, isOverdue, type Due } from './due-words';
import { dayNumber, type IsoDate } from './working-days';

export type InboxGroupKey = 'overdue' | 'thisWeek' | 'later';

export interface InboxGroup<T> {
  key: InboxGroupKey;
  title: string;
  items: T[];
}

const titles: Record<InboxGroupKey, string> = { overdue: 'Overdue', thisWeek: 'Due this week', later: 'Later' };

function groupOf(item: Due, today: IsoDate, weekEnd: number): InboxGroupKey {
  if (isOverdue(item, today)) return 'overdue';
  const day = dueDay(item);
  return day !== null && dayNumber(day) <= weekEnd ? 'thisWeek' : 'later';
}

/**
 * Splits tasks into Overdue, Due this week (up to and including Sunday) and Later (including tasks with no due
 * date), keeping the server's order within each group. Empty groups are left out.
 */
export function groupInbox<T extends Due>(items: readonly T[], today: IsoDate): InboxGroup<T>[] {
  const weekEnd = endOfWeek(today);
  const groups: Record<InboxGroupKey, T[]> = { overdue: [], thisWeek: [], later: [] };
  for (const item of items) groups[groupOf(item, today, weekEnd)].push(item);
  return (Object.keys(titles) as InboxGroupKey[])
    .filter((key) => groups[key].length > 0)
    .map((key) => ({ key, title: titles[key], items: groups[key] }));
}
