import type { TimelineEntry } from '../server/definitions-api';

export type BarKind = 'task' | 'sign-off' | 'review';
export type MarkerKind = 'reminder' | 'escalation' | 'notification';

export interface TimelineBar {
  kind: BarKind;
  opens: string;
  /** The due date, or the opening date for steps that have none. */
  due: string;
}

export interface TimelineMarker {
  kind: MarkerKind;
  date: string;
}

export interface TimelineRow {
  key: string;
  activityId: string;
  title: string;
  owner: string | null;
  bars: TimelineBar[];
  markers: TimelineMarker[];
}

export interface TimelineGroup {
  label: string;
  rows: TimelineRow[];
}

export interface TimelineModel {
  groups: TimelineGroup[];
  /** First and last dates on the axis, as yyyy-mm-dd. */
  first: string;
  last: string;
}

const barKinds: Record<string, BarKind> = { Task: 'task', SignOff: 'sign-off', Review: 'review' };
const markerKinds: Record<string, MarkerKind> = { Reminder: 'reminder', Escalation: 'escalation', Notification: 'notification' };

/**
 * Groups the simulated entries by stage, one row per step (a repeating step has several bars), with reminders,
 * escalations and notifications as markers on their step's row. Stages keep the order they first happen in.
 */
export function buildTimeline(entries: readonly TimelineEntry[]): TimelineModel | null {
  if (entries.length === 0) return null;
  const main = entries[0]?.programme;
  const groups = new Map<string, Map<string, TimelineRow>>();
  let first = entries[0]?.date ?? '';
  let last = first;
  for (const entry of entries) {
    const stage = entry.stage ?? 'Steps without a stage';
    const label = entry.programme === main ? stage : `${entry.programme}: ${stage}`;
    const rows = groups.get(label) ?? new Map<string, TimelineRow>();
    groups.set(label, rows);
    const key = `${entry.programme}\u0000${entry.activityId}`;
    const row = rows.get(key) ?? { key, activityId: entry.activityId, title: entry.title, owner: entry.owner, bars: [], markers: [] };
    rows.set(key, row);
    const bar = barKinds[entry.kind];
    if (bar) {
      row.title = entry.title;
      row.owner = entry.owner ?? row.owner;
      row.bars.push({ kind: bar, opens: entry.date, due: entry.due ?? entry.date });
    } else {
      row.markers.push({ kind: markerKinds[entry.kind] ?? 'notification', date: entry.date });
    }
    for (const date of [entry.date, entry.due]) {
      if (date && date < first) first = date;
      if (date && date > last) last = date;
    }
  }
  return { groups: [...groups].map(([label, rows]) => ({ label, rows: [...rows.values()] })), first, last };
}

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

/** Where a date falls on the axis, as a percentage from the left. */
export function axisPercent(model: TimelineModel, iso: string): number {
  const span = Math.max(1, toDay(model.last) - toDay(model.first) + 1);
  return ((toDay(iso) - toDay(model.first)) / span) * 100;
}

/** The width of a bar from opening to due, at least one day wide so a same-day step still shows. */
export function barWidthPercent(model: TimelineModel, bar: TimelineBar): number {
  const span = Math.max(1, toDay(model.last) - toDay(model.first) + 1);
  return (Math.max(1, toDay(bar.due) - toDay(bar.opens) + 1) / span) * 100;
}

/** The first of each month on the axis, for its labels. */
export function monthTicks(model: TimelineModel): string[] {
  const ticks: string[] = [];
  const [y, m] = model.first.split('-').map(Number);
  let year = y ?? 2000;
  let month = (m ?? 1) + 1;
  for (;;) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const iso = `${String(year)}-${String(month).padStart(2, '0')}-01`;
    if (iso > model.last) return ticks;
    ticks.push(iso);
    month += 1;
  }
}

/** "2026-10-03" → "3 Oct 2026", as NHS pages write dates. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
