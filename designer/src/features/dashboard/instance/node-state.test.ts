import { describe, expect, it } from 'vitest';
import type { InstanceDetail, JournalLine } from '../data/dashboard-api';
import hillsideCapture from '../testing/hillside-instance.json';
import riversideCapture from '../testing/riverside-returned.json';
import { computeNodeStates, stateOf } from './node-state';

// Captured from the demo server: GET /api/workflow-instances/{id} and every page of its journal.
const hillside = hillsideCapture as { instance: InstanceDetail; journal: JournalLine[] };
// Riverside after the lead returned step 5's sign-off with a comment (the start of its journal and all of step 5).
const riverside = riversideCapture as { instance: InstanceDetail; journal: JournalLine[] };

describe('node states from the journal and the open work', () => {
  it('marks finished steps done, open tasks open or overdue, and the rest not reached', () => {
    const states = computeNodeStates(hillside.journal, hillside.instance);
    expect(stateOf(states, 'start')).toBe('done');
    expect(stateOf(states, 'step1-confirm-practices')).toBe('done');
    expect(stateOf(states, 'step1-join')).toBe('done');
    expect(stateOf(states, 'step1-signoff')).toBe('done');
    expect(stateOf(states, 'step2-vision-session')).toBe('done');
    // Started at the beginning and still open, due next May.
    expect(stateOf(states, 'step1-name-partners')).toBe('open');
    expect(stateOf(states, 'step2-choose-priority')).toBe('overdue');
    expect(stateOf(states, 'step3-signoff')).toBe('not-reached');
  });

  it('shows a returned sign-off as waiting, and the reopened task as overdue rather than done', () => {
    const states = computeNodeStates(riverside.journal, riverside.instance);
    expect(stateOf(states, 'step5-signoff')).toBe('waiting');
    expect(stateOf(states, 'step5-implementation-report')).toBe('overdue');
    expect(stateOf(states, 'start')).toBe('done');
    // Open with no journal lines in this extract: the instance's open tasks say so.
    expect(stateOf(states, 'step5-monthly-check-in')).toBe('open');
  });

  it('marks what the instance waits for as waiting, and an incident as a problem', () => {
    const detail: InstanceDetail = {
      ...hillside.instance,
      waiting: [{ kind: 'Event', activityId: 'step2-wait-for-board', dueAt: null, key: 'board-meeting' }],
      incidents: [{ activityId: 'step2-vision-session', activityType: 'PcnFlow.HumanTask', message: 'The form could not be read', at: '2026-11-23T13:49:54+00:00' }],
    };
    const states = computeNodeStates(hillside.journal, detail);
    expect(stateOf(states, 'step2-wait-for-board')).toBe('waiting');
    expect(stateOf(states, 'step2-vision-session')).toBe('problem');
  });

  it('leaves steps that were still going when a programme was stopped as not reached', () => {
    const stopped: InstanceDetail = {
      ...hillside.instance,
      instance: { ...hillside.instance.instance, status: 'Finished', subStatus: 'Cancelled' },
      openTasks: [],
    };
    const [first] = hillside.journal;
    if (!first) throw new Error('The captured journal is empty');
    const journal: JournalLine[] = [
      ...hillside.journal,
      { ...first, sequence: 51, kind: 'ActivityCancelled', activityId: 'step2-choose-priority', activityType: 'PcnFlow.HumanTask' },
      { ...first, sequence: 52, kind: 'WorkflowCancelled', message: 'PCN merged with Riverside' },
    ];
    const states = computeNodeStates(journal, stopped);
    expect(stateOf(states, 'step2-choose-priority')).toBe('not-reached');
    expect(stateOf(states, 'step1-name-partners')).toBe('not-reached');
    expect(stateOf(states, 'step2-vision-session')).toBe('done');
  });
});
