import type { CellStatus, DashboardCell } from '../data/dashboard-api';

export interface StatusLook {
  label: string;
  /** The NHS.UK tag colour for the legend and the cell's label. */
  tag: string;
  /** The cell's background and pattern (stripes for overdue, dots for due soon) so colour is not the only cue. */
  cell: string;
}

const looks: Record<CellStatus, StatusLook> = {
  Overdue: { label: 'Overdue', tag: 'nhsuk-tag--red', cell: 'pf-heat--overdue' },
  DueSoon: { label: 'Due soon', tag: 'nhsuk-tag--yellow', cell: 'pf-heat--due-soon' },
  InProgress: { label: 'In progress', tag: 'nhsuk-tag--blue', cell: 'pf-heat--in-progress' },
  Done: { label: 'Done', tag: 'nhsuk-tag--green', cell: 'pf-heat--done' },
  NotStarted: { label: 'Not started', tag: 'nhsuk-tag--grey', cell: 'pf-heat--not-started' },
};

/** Worst first, as the server ranks them: the legend's order. */
export const statusOrder: readonly CellStatus[] = ['Overdue', 'DueSoon', 'InProgress', 'Done', 'NotStarted'];

export function statusLook(status: CellStatus): StatusLook {
  return looks[status];
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A date-only value ("2026-04-02") in words ("2 Apr"); read as UTC so the day never shifts. */
export function shortDate(date: string): string {
  return dayMonth.format(new Date(`${date}T00:00:00Z`));
}

function plural(count: number, one: string, many = `${one}s`) {
  return `${String(count)} ${count === 1 ? one : many}`;
}

/** The counts behind a cell in words, shown under its label: "3 of 4 tasks overdue", "5 tasks done". */
export function cellDetail(cell: DashboardCell): string {
  const open = Number(cell.open);
  const overdue = Number(cell.overdue);
  const dueSoon = Number(cell.dueSoon);
  const completed = Number(cell.completed);
  const next = cell.nextDue ? `, next due ${shortDate(cell.nextDue)}` : '';
  switch (cell.status) {
    case 'Overdue':
      return `${String(overdue)} of ${plural(open, 'open task')} overdue`;
    case 'DueSoon':
      return `${String(dueSoon)} of ${plural(open, 'open task')} due within 7 days${next}`;
    case 'InProgress':
      return `${plural(open, 'open task')}${next}`;
    case 'Done':
      return `${plural(completed, 'task')} done`;
    case 'NotStarted':
      return 'No tasks yet';
  }
}
