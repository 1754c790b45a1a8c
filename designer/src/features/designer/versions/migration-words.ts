import { longDateTime } from '@/lib/dates/long-date-time';
import type { InstanceMigration } from './migration-api';

const plural = (count: number, one: string, many: string) => `${String(count)} ${count === 1 ? one : many}`;

/** "2 of 3 programmes can move to version 4." */
export function previewSentence(movable: number, total: number, version: number): string {
  if (total === 0) return `No running programmes that you lead are on an older version, so there is nothing to move to version ${String(version)}.`;
  return `${String(movable)} of ${plural(total, 'programme', 'programmes')} can move to version ${String(version)}.`;
}

/** "Moved 2 programmes to version 4." */
export const movedSentence = (moved: number, version: number) => `Moved ${plural(moved, 'programme', 'programmes')} to version ${String(version)}.`;

/**
 * What happens to one programme's dates, in words, when any change: open tasks' due dates, and steps still waiting
 * for their time (a review not yet open, a timer), each with when it now comes.
 */
export function retimedSentence(instance: InstanceMigration): string | null {
  const parts: string[] = [];
  const tasks = instance.retimed.length;
  if (tasks > 0) parts.push(`${plural(tasks, 'open task gets a new due date', 'open tasks get new due dates')}.`);
  for (const wait of instance.retimedWaits) parts.push(`“${wait.title}” now comes on ${longDateTime(wait.newAt)} instead of ${longDateTime(wait.oldAt)}.`);
  return parts.length === 0 ? null : parts.join(' ');
}

/** Why a programme stays where it is: "Riverside PCN stays on version 1: …". */
export function refusalSentence(instance: InstanceMigration): string {
  const who = instance.pcnName ?? 'A programme';
  const reasons = instance.refusals.map((r) => r.reason).join(' ');
  return `${who} stays on version ${String(instance.fromVersion)}: ${reasons}`;
}
