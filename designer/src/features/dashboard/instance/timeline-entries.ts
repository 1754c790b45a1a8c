import type { JournalLine } from '../data/dashboard-api';

// Only PcnFlow's own activities are people's work; the engine's steps (forks, joins, variables) are left out.
const peoplesWork = new Set(['PcnFlow.HumanTask', 'PcnFlow.SignOff', 'PcnFlow.Review']);

export interface TimelineEntry {
  sequence: string;
  at: string;
  /** What happened, in a sentence: "cd2@… completed Agree the PCN's vision". */
  text: string;
  decision: 'Approved' | 'Returned' | null;
  comment: string | null;
}

/** The journal lines a person cares about, newest first, each told in a sentence. */
export function timelineEntries(journal: readonly JournalLine[], names: ReadonlyMap<string, string>): TimelineEntry[] {
  const titles = new Map(names);
  const entries: TimelineEntry[] = [];
  for (const line of journal) {
    // The server names people it has an account for; anyone else (a background job) keeps what was recorded.
    const who = line.actorName ?? line.actor;
    const name = (line.activityId && titles.get(line.activityId)) ?? line.activityId ?? 'a step';
    const entry = (text: string, decision: TimelineEntry['decision'] = null, comment: string | null = null) =>
      entries.push({ sequence: String(line.sequence), at: line.at, text, decision, comment });
    switch (line.kind) {
      case 'WorkflowStarted':
        entry(`${who} started the programme`);
        break;
      case 'WorkflowFinished':
        entry('The programme finished');
        break;
      case 'WorkflowCancelled':
        entry(`${who} stopped the programme`, null, line.message);
        break;
      case 'ActivityFaulted':
        entry(`A problem stopped ${name}`, null, line.message);
        break;
      case 'BookmarkCreated':
        // The task's title arrives here; later lines about the same step use it when the diagram has none.
        if (line.activityId && line.message && !titles.has(line.activityId)) titles.set(line.activityId, line.message);
        if (peoplesWork.has(line.activityType ?? '')) entry(`${line.message ?? name} was opened`);
        break;
      case 'BookmarkResumed':
        if (!peoplesWork.has(line.activityType ?? '')) break;
        if (line.decision === 'Approved') entry(`${who} approved ${name}`, 'Approved', line.comment);
        else if (line.decision === 'Returned') entry(`${who} returned ${name}`, 'Returned', line.comment);
        else entry(`${who} completed ${name}${line.outcome && line.outcome !== 'Done' ? ` (${line.outcome})` : ''}`, null, line.comment);
        break;
    }
  }
  return entries.reverse();
}
