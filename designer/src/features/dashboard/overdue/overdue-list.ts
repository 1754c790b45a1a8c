import type { OverdueTask } from '../data/dashboard-api';

export type OverdueSortKey = 'daysOverdue' | 'pcn' | 'dueDate';
export type SortDirection = 'ascending' | 'descending';

export interface OverdueSort {
  key: OverdueSortKey;
  direction: SortDirection;
}

/** Empty strings mean "any". */
export interface OverdueFilter {
  pcn: string;
  stage: string;
  ownerRole: string;
}

export const noFilter: OverdueFilter = { pcn: '', stage: '', ownerRole: '' };

/** Most overdue first, as the lead will want to chase those. */
export const defaultSort: OverdueSort = { key: 'daysOverdue', direction: 'descending' };

const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function compare(a: OverdueTask, b: OverdueTask, key: OverdueSortKey): number {
  switch (key) {
    case 'daysOverdue':
      return Number(a.daysOverdue) - Number(b.daysOverdue);
    case 'pcn':
      return byName.compare(a.pcnName ?? '', b.pcnName ?? '');
    case 'dueDate':
      return Date.parse(a.dueAt) - Date.parse(b.dueAt);
  }
}

/** A sorted copy; ties fall back to the due time and then the title so the order is stable between loads. */
export function sortOverdue(tasks: readonly OverdueTask[], sort: OverdueSort): OverdueTask[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...tasks].sort(
    (a, b) => sign * compare(a, b, sort.key) || Date.parse(a.dueAt) - Date.parse(b.dueAt) || byName.compare(a.title, b.title),
  );
}

export function filterOverdue(tasks: readonly OverdueTask[], filter: OverdueFilter): OverdueTask[] {
  return tasks.filter(
    (t) =>
      (filter.pcn === '' || t.pcnId === filter.pcn) &&
      (filter.stage === '' || (t.stage ?? '') === filter.stage) &&
      (filter.ownerRole === '' || t.ownerRole === filter.ownerRole),
  );
}

/** Clicking the sorted column's header turns it round; another column starts with its most useful direction. */
export function nextSort(current: OverdueSort, key: OverdueSortKey): OverdueSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'daysOverdue' ? 'descending' : 'ascending' };
}

/** The distinct values a filter can choose from, sorted by name. */
export function filterChoices(tasks: readonly OverdueTask[]) {
  const pcns = new Map(tasks.map((t) => [t.pcnId, t.pcnName ?? 'Unnamed PCN']));
  const distinct = (values: string[]) => [...new Set(values)].sort(byName.compare);
  return {
    pcns: [...pcns].map(([id, name]) => ({ id, name })).sort((a, b) => byName.compare(a.name, b.name)),
    stages: distinct(tasks.map((t) => t.stage ?? '').filter((s) => s !== '')),
    ownerRoles: distinct(tasks.map((t) => t.ownerRole)),
  };
}
