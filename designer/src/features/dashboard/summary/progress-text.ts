import type { ProgressWeek } from '../data/dashboard-api';
import { shortDate } from '../heatmap/cell-status';

/** "Week of 30 Mar" for each week; also the chart's labels and the table's rows. */
export function weekLabel(week: ProgressWeek): string {
  return `Week of ${shortDate(week.weekStarting)}`;
}

/** One sentence a screen reader hears for the chart; the table below gives every figure. */
export function progressSummary(weeks: readonly ProgressWeek[]): string {
  if (weeks.length === 0) return 'No weeks to show.';
  const done = weeks.reduce((sum, w) => sum + Number(w.completed), 0);
  const last = weeks[weeks.length - 1];
  return `Tasks completed each week over the last ${String(weeks.length)} weeks: ${String(done)} in all, ${String(last?.completedToDate ?? 0)} to date.`;
}
