import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TaskPage } from './task-page';
import { taskDetail } from './testing/fixtures';

const server = await vi.hoisted(() => import('./testing/fake-server'));

const signOff = taskDetail({
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  activityId: 'step1-signoff',
  kind: 'SignOff',
  title: 'Sign off step 1',
  ownerRole: 'ProgrammeLead',
  form: null,
  outcomes: ['Approved', 'Returned'],
  signsOff: ['step1-baseline'],
  instructionsHtml: '',
});
const signOffPath = `/api/tasks/${signOff.id}`;

function InboxStandIn() {
  return <p>Inbox: {JSON.stringify(useLocation().state)}</p>;
}

function renderTask(id: string) {
  render(
    <MemoryRouter initialEntries={[`/inbox/tasks/${id}`]}>
      <Routes>
        <Route path="/inbox" element={<InboxStandIn />} />
        <Route path="/inbox/tasks/:id" element={<TaskPage taskId={id} />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup({ delay: null });
}

const outcome = (decision: string) => ({
  status: 200,
  body: { id: signOff.id, instanceId: signOff.instanceId, state: 'Completed', outcome: decision, completedBy: 'Jo Lead', completedAt: '2026-11-25T10:00:00+00:00' },
});

beforeEach(() => {
  server.reset();
  server.on('GET', signOffPath, { status: 200, body: signOff });
});

describe('sign-off', () => {
  it('will not return work without a comment saying what needs to change', async () => {
    server.on('POST', `${signOffPath}/decision`, outcome('Returned'));
    const user = renderTask(signOff.id);

    await user.click(await screen.findByRole('radio', { name: 'Return for changes' }));
    await user.click(screen.getByRole('button', { name: 'Return the work' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Say what needs to change before this can be signed off.' })).toHaveAttribute(
      'href',
      '#sign-off-comment',
    );
    expect(screen.getByRole('textbox', { name: 'What needs to change?' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Say what needs to change') as string,
    );
    expect(server.sent('POST', `${signOffPath}/decision`)).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'What needs to change?' }), 'Add the community services view.');
    await user.click(screen.getByRole('button', { name: 'Return the work' }));

    expect(await screen.findByText(/Inbox:/)).toHaveTextContent('You returned “Sign off step 1” with your comment.');
    expect(server.sent('POST', `${signOffPath}/decision`)[0]?.body).toEqual({ decision: 'Returned', comment: 'Add the community services view.' });
  });

  it("shows the server's comment error when it refuses a return", async () => {
    server.on('POST', `${signOffPath}/decision`, {
      status: 400,
      body: { title: 'One or more validation errors occurred.', status: 400, errors: { comment: ['Say what needs to change before this can be signed off.'] } },
    });
    const user = renderTask(signOff.id);
    await user.click(await screen.findByRole('radio', { name: 'Return for changes' }));
    await user.type(screen.getByRole('textbox', { name: 'What needs to change?' }), '   .');
    await user.click(screen.getByRole('button', { name: 'Return the work' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Say what needs to change before this can be signed off.');
  });

  it('approves without a comment', async () => {
    server.on('POST', `${signOffPath}/decision`, outcome('Approved'));
    const user = renderTask(signOff.id);

    await user.click(await screen.findByRole('radio', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText(/Inbox:/)).toHaveTextContent('You approved “Sign off step 1”.');
    expect(server.sent('POST', `${signOffPath}/decision`)[0]?.body).toEqual({ decision: 'Approved', comment: null });
  });

  it('lets someone who is not the approver see the sign-off but not decide it', async () => {
    server.on('GET', signOffPath, { status: 200, body: { ...signOff, canAct: false } });
    renderTask(signOff.id);

    expect(await screen.findByText('This task is for: Programme lead.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Approve' })).not.toBeInTheDocument();
  });
});

describe('a returned task', () => {
  const returned = taskDetail({
    attempt: 2,
    returnedComment: 'Add the community services view to the matrix.',
    data: { cdName: 'Dr Asha Patel', startDate: '2019-07-01', discussedWith: ['Member practices'] },
    signOffDecisions: [
      {
        signOffTaskId: signOff.id,
        signOffTitle: 'Sign off step 1',
        decision: 'Returned',
        comment: 'Add the community services view to the matrix.',
        decidedBy: 'jo.lead@example.nhs.uk',
        decidedByName: 'Jo Lead',
        at: '2026-11-24T15:20:00+00:00',
      },
    ],
  });

  it('says prominently who returned it and why, lists the decision, and keeps the last answers', async () => {
    server.on('GET', `/api/tasks/${returned.id}`, { status: 200, body: returned });
    renderTask(returned.id);

    const callout = (await screen.findByRole('heading', { name: /Returned by Jo Lead/ })).parentElement as HTMLElement;
    expect(callout).toHaveTextContent('Add the community services view to the matrix.');
    expect(screen.getAllByText('Returned', { selector: '.nhsuk-tag' })).toHaveLength(2);
    const decisions = screen.getByRole('region', { name: 'Sign-off decisions' });
    expect(decisions).toHaveTextContent('Returned by Jo Lead on 24 November 2026 at 15:20 (Sign off step 1)');
    expect(screen.getByRole('textbox', { name: 'Clinical Director name' })).toHaveValue('Dr Asha Patel');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('2019');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveValue('7');
    expect(screen.getByRole('checkbox', { name: 'Member practices' })).toBeChecked();
  });
});
