import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadGraph } from '@/lib/graph/load-graph';
import { useDesignerStore } from '../store/designer-store';
import { sixStep, sixStepId } from '../testing/bodies';
import { buildTimeline } from './timeline-model';
import { TimelineView } from './timeline-view';

const server = await vi.hoisted(async () => {
  const { createFakeServer } = await import('../testing/fake-server');
  const fake = createFakeServer();
  globalThis.fetch = fake.fetch;
  return fake;
});

const programme = 'PCN development support: the six steps';
const step3 = 'Step 3: What help is required?';
/** Part of what POST …/simulate answers for the six steps from 1 April 2026, in the server's order (by date). */
const entries = [
  { date: '2026-03-31', kind: 'Task', title: "Confirm the PCN's member practices", stage: 'Step 1: Establish the PCN', owner: 'PracticeManager', due: '2026-03-31', activityId: 'step1-confirm-practices', programme },
  { date: '2026-04-01', kind: 'Task', title: 'Sign the network agreement', stage: 'Step 1: Establish the PCN', owner: 'ClinicalDirector', due: '2026-04-30', activityId: 'step1-sign-agreement', programme },
  { date: '2026-04-27', kind: 'Reminder', title: 'Sign the network agreement', stage: 'Step 1: Establish the PCN', owner: 'ClinicalDirector', due: '2026-04-30', activityId: 'step1-sign-agreement', programme },
  { date: '2026-04-02', kind: 'Task', title: 'Read the welcome pack', stage: 'First 100 days', owner: 'ClinicalDirector', due: '2026-04-09', activityId: 'welcome-pack', programme: "A new Clinical Director's first 100 days" },
  { date: '2026-06-01', kind: 'Task', title: 'Agree development needs for this year and next', stage: step3, owner: 'ClinicalDirector', due: '2026-08-14', activityId: 'step3-agree-needs', programme },
  { date: '2026-08-11', kind: 'Reminder', title: 'Agree development needs for this year and next', stage: step3, owner: 'ClinicalDirector', due: '2026-08-14', activityId: 'step3-agree-needs', programme },
  { date: '2026-08-21', kind: 'Escalation', title: 'Agree development needs for this year and next', stage: step3, owner: 'ProgrammeLead', due: null, activityId: 'step3-agree-needs', programme },
  { date: '2026-08-15', kind: 'SignOff', title: 'Sign off step 3', stage: step3, owner: 'ProgrammeLead', due: '2026-08-28', activityId: 'step3-signoff', programme },
];

// The machine running the suite is shared; server answers here can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  server.reset();
  useDesignerStore.getState().load(await loadGraph(sixStep), 'the server');
});

describe('timeline preview', () => {
  it('groups a simulate answer by stage with bars, markers and due dates, and the same as a table', async () => {
    server.on('POST', `/api/workflow-definitions/${sixStepId}/simulate`, { body: entries });
    render(<TimelineView />);
    const user = userEvent.setup({ delay: null });
    const day = screen.getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '1');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '4');
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2026');

    const stage3 = await screen.findByRole('region', { name: step3 }, { timeout: 5000 });
    const needs = within(stage3).getByRole('button', { name: /Agree development needs/ });
    expect(needs).toHaveTextContent('Due 14 Aug 2026');
    const row = needs.closest('.pf-gantt__row');
    expect(row?.querySelector('.pf-gantt__bar--task')).toHaveAttribute('title', 'Task: opens 1 Jun 2026, due 14 Aug 2026');
    expect(row?.querySelector('.pf-gantt__marker--reminder')).toHaveAttribute('title', 'Reminder: 11 Aug 2026');
    expect(row?.querySelector('.pf-gantt__marker--escalation')).toHaveAttribute('title', 'Escalation: 21 Aug 2026');
    expect(within(stage3).getByRole('button', { name: /Sign off step 3/ }).closest('.pf-gantt__row')?.querySelector('.pf-gantt__bar--sign-off')).not.toBeNull();
    expect(screen.getByRole('region', { name: "A new Clinical Director's first 100 days: First 100 days" })).toBeInTheDocument();

    const [request] = server.sent('POST', `/api/workflow-definitions/${sixStepId}/simulate`).slice(-1);
    expect(request?.body).toMatchObject({ day0: '2026-04-01', definition: { definitionId: sixStepId } });

    await user.click(needs);
    expect(useDesignerStore.getState().selectedId).toBe('step3-agree-needs');

    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: step3 });
    const cells = within(table).getByRole('rowheader', { name: /Agree development needs/ }).closest('tr');
    expect(cells).toHaveTextContent('Clinical Director');
    expect(cells).toHaveTextContent('1 Jun 2026');
    expect(cells).toHaveTextContent('14 Aug 2026');
    expect(cells).toHaveTextContent('Reminder 11 Aug 2026; Escalation 21 Aug 2026');
  });

  it('says so when the day 0 is not a real date', async () => {
    render(<TimelineView />);
    const user = userEvent.setup({ delay: null });
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '13');
    expect(screen.getByText(/Enter a real date/)).toBeInTheDocument();
  });
});

describe('buildTimeline', () => {
  it('keeps stages in the order they first happen and gives a repeating step one row of several bars', () => {
    const repeated = [...entries, { ...entries[1], date: '2027-04-01', due: '2027-04-30' }];
    const model = buildTimeline(repeated as typeof entries);
    expect(model?.groups.map((g) => g.label)).toEqual([
      'Step 1: Establish the PCN',
      "A new Clinical Director's first 100 days: First 100 days",
      step3,
    ]);
    const agreement = model?.groups[0]?.rows.find((r) => r.activityId === 'step1-sign-agreement');
    expect(agreement?.bars).toHaveLength(2);
    expect(agreement?.markers).toEqual([{ kind: 'reminder', date: '2026-04-27' }]);
    expect(model?.first).toBe('2026-03-31');
    expect(model?.last).toBe('2027-04-30');
  });
});
