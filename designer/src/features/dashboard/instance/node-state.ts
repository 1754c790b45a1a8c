import type { InstanceDetail, JournalLine } from '../data/dashboard-api';

/** Where the instance is with one activity of its diagram. */
export type NodeState = 'problem' | 'overdue' | 'open' | 'waiting' | 'done' | 'not-reached';

export const nodeStateOrder: readonly NodeState[] = ['problem', 'overdue', 'open', 'waiting', 'done', 'not-reached'];

export const nodeStateLabels: Record<NodeState, string> = {
  'problem': 'Problem',
  'overdue': 'Overdue',
  'open': 'Open',
  'waiting': 'Waiting',
  'done': 'Done',
  'not-reached': 'Not reached',
};

// What the journal last said about an activity.
type Trace = 'started' | 'completed' | 'returned' | 'cancelled' | 'faulted';

function traceOf(line: JournalLine): Trace | null {
  switch (line.kind) {
    case 'ActivityStarted':
    case 'BookmarkCreated':
      return 'started';
    case 'ActivityCompleted':
      // A returned sign-off is not done: the work goes back and the sign-off will be asked for again.
      return line.outcome === 'Returned' ? 'returned' : 'completed';
    case 'ActivityCancelled':
      return 'cancelled';
    case 'ActivityFaulted':
      return 'faulted';
    default:
      return null;
  }
}

/**
 * Each activity's state, from the journal (oldest first) and what the instance waits for now. What is happening
 * now outranks history: a task that was done and reopened after a return shows as open (or overdue), not done.
 * Activities the journal never mentions are absent, meaning not reached.
 */
export function computeNodeStates(journal: readonly JournalLine[], detail: InstanceDetail): Map<string, NodeState> {
  const last = new Map<string, Trace>();
  for (const line of journal) {
    const trace = traceOf(line);
    if (line.activityId && trace) last.set(line.activityId, trace);
  }
  const running = detail.instance.status === 'Running';
  const states = new Map<string, NodeState>();
  for (const [activityId, trace] of last) {
    if (trace === 'completed') states.set(activityId, 'done');
    else if (trace === 'faulted') states.set(activityId, 'problem');
    // Started and still going without a person's task (a join waiting for its branches), or a returned sign-off.
    else if ((trace === 'started' || trace === 'returned') && running) states.set(activityId, 'waiting');
  }
  for (const waiting of detail.waiting) states.set(waiting.activityId, 'waiting');
  for (const task of detail.openTasks) states.set(task.activityId, task.overdue ? 'overdue' : 'open');
  for (const incident of detail.incidents) if (incident.activityId) states.set(incident.activityId, 'problem');
  return states;
}

export function stateOf(states: ReadonlyMap<string, NodeState>, activityId: string): NodeState {
  return states.get(activityId) ?? 'not-reached';
}
