import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { smallProgramme } from '@/testing/small-programme';
import { elsaToGraph } from '@/lib/graph/elsa-to-graph';
import { InspectorContainer } from '../inspector/inspector-container';
import { useDesignerStore } from '../store/designer-store';
import { OutlineView } from './outline-view';

const store = () => useDesignerStore.getState();
const order = () => store().nodes.map((n) => n.id);
const targets = (source: string, port: string) =>
  store().edges.filter((e) => e.source === source && e.sourceHandle === port).map((e) => e.target);

function accessibleName(element: Element | null): string {
  if (!element) return '';
  const label = element.getAttribute('aria-label');
  if (label) return label;
  if (element.id) {
    const byFor = document.querySelector(`label[for="${element.id}"]`);
    if (byFor) return byFor.textContent;
  }
  return element.textContent;
}

beforeEach(() => {
  store().load(elsaToGraph(smallProgramme()), 'test');
});

function renderOutline() {
  render(
    <>
      <OutlineView />
      <InspectorContainer />
    </>,
  );
  const user = userEvent.setup({ delay: null });
  /** Presses Tab until the control with this name has focus: keyboard only, as a user would. */
  const tabTo = async (name: string) => {
    for (let i = 0; i < 200; i++) {
      await user.tab();
      if (accessibleName(document.activeElement).replace(/\s+/g, ' ').trim() === name) return document.activeElement as HTMLElement;
    }
    throw new Error(`Could not reach "${name}" with Tab`);
  };
  return { user, tabTo };
}

describe('outline view', () => {
  it('lists stages as headings and steps with what they are, who and when', () => {
    renderOutline();
    expect(screen.getByRole('heading', { level: 3, name: 'Step 1: Plan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Step 2: Approve' })).toBeInTheDocument();
    const step = screen.getByRole('listitem', { name: /Task:\s*Share the plan/ });
    expect(within(step).getByText('Owner: Practice manager')).toBeInTheDocument();
    expect(within(step).getByText('5 working days after the previous step')).toBeInTheDocument();
    const signOff = screen.getByRole('listitem', { name: /Sign-off:\s*Sign off the plan/ });
    expect(within(signOff).getByLabelText('Next step when “Returned”')).toHaveDisplayValue('Write the plan');
  });

  it('reorders, reconnects, adds, edits and removes steps by keyboard alone', async () => {
    const { user, tabTo } = renderOutline();

    await tabTo('Move Share the plan up');
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['start', 'task-b', 'task-a', 'sign-off', 'end']);
    expect(document.activeElement).toHaveAccessibleName('Edit Share the plan');

    const returned = await tabTo('Next step when “Returned”');
    await user.selectOptions(returned, 'Share the plan');
    expect(targets('sign-off', 'Returned')).toEqual(['task-b']);

    const kind = await tabTo('Kind of step to add to “Step 2: Approve”');
    await user.selectOptions(kind, 'Notification');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Add step to Step 2: Approve');
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['start', 'task-b', 'task-a', 'sign-off', 'end', 'send-notification-1']);
    expect(document.activeElement).toHaveAccessibleName('Edit Notification');

    await tabTo('Edit Write the plan');
    await user.keyboard('{Enter}');
    expect(store().selectedId).toBe('task-a');
    expect(screen.getByRole('complementary', { name: 'Settings for Write the plan' })).toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName('Write the plan');

    await tabTo('Remove Write the plan');
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['start', 'task-b', 'sign-off', 'end', 'send-notification-1']);
    expect(document.activeElement).toHaveAccessibleName('Step 1: Plan');
    expect(targets('start', 'Done')).toEqual([]);
  });

  it('connects a step to the next one chosen from a list', async () => {
    const { user, tabTo } = renderOutline();
    const next = await tabTo('Next step');
    await user.selectOptions(next, 'Sign off the plan');
    expect(targets('start', 'Done')).toEqual(['sign-off']);
    await user.selectOptions(next, 'Nothing (this way out ends here)');
    expect(targets('start', 'Done')).toEqual([]);
  });
});
