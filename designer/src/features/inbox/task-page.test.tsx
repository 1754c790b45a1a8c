import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TaskPage } from './task-page';
import { taskDetail, validationProblem } from './testing/fixtures';

const server = await vi.hoisted(() => import('./testing/fake-server'));

const task = taskDetail();
const taskPath = `/api/tasks/${task.id}`;

function InboxStandIn() {
  return <p>Inbox: {JSON.stringify(useLocation().state)}</p>;
}

function renderTask() {
  render(
    <MemoryRouter initialEntries={[`/inbox/tasks/${task.id}`]}>
      <Routes>
        <Route path="/inbox" element={<InboxStandIn />} />
        <Route path="/inbox/tasks/:id" element={<TaskPage taskId={task.id} />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup({ delay: null });
}

beforeEach(() => {
  server.reset();
  server.on('GET', taskPath, { status: 200, body: task });
});

describe('task page form', () => {
  it('draws a control for every kind of form field, with the instructions above', async () => {
    renderTask();

    expect(await screen.findByRole('heading', { level: 1, name: /Complete the baseline maturity matrix/ })).toHaveTextContent(
      'PCN development support: the six steps · Riverside PCN',
    );
    expect(screen.getByText('member practices', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Clinical Director name' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Summary of the discussion (optional)' })).toHaveAccessibleDescription('A few sentences is enough.');
    expect(screen.getByRole('textbox', { name: 'Registered list size' })).toHaveAttribute('inputmode', 'decimal');
    const date = screen.getByRole('group', { name: 'Date the PCN started' });
    for (const part of ['Day', 'Month', 'Year']) expect(within(date).getByRole('textbox', { name: part })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Top priority' })).getAllByRole('radio')).toHaveLength(3);
    expect(within(screen.getByRole('group', { name: 'Who took part (optional)' })).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: 'Every member practice has signed' })).not.toBeChecked();
    const rating = screen.getByRole('group', { name: 'How confident are you? (optional)' });
    expect(within(rating).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.getByRole('textbox', { name: 'Link to the signed agreement' })).toHaveAttribute('type', 'url');
    const leadership = screen.getByRole('group', { name: 'Leadership, planning and partnerships' });
    const current = within(leadership).getByRole('combobox', { name: 'Where you are now' });
    expect(within(current).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a level', 'Foundation', 'Step 1', 'Step 2', 'Step 3']);
    expect(within(screen.getByRole('group', { name: 'Integrating care' })).getAllByRole('combobox')).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'What happened?' })).not.toBeInTheDocument();
  });

  it("shows the server's field errors beside the fields and in a summary that links to them", async () => {
    server.on(
      'POST',
      `${taskPath}/complete`,
      {
        status: 400,
        body: validationProblem({
          startDate: ["Enter 'Date the PCN started'."],
          maturityMatrix: ["Give the current and target level for 'Integrating care'."],
          agreementLink: ["'Link to the signed agreement' must be a web link starting with https://."],
        }),
      },
    );
    const user = renderTask();
    await user.type(await screen.findByRole('textbox', { name: 'Link to the signed agreement' }), 'sharepoint/agreement');
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.title).toBe('Complete the baseline maturity matrix – Inbox – PcnFlow');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ["Enter 'Date the PCN started'.", '#field-startDate-day'],
      ["'Link to the signed agreement' must be a web link starting with https://.", '#field-agreementLink'],
      ["Give the current and target level for 'Integrating care'.", '#field-maturityMatrix-0-current'],
    ]);
    expect(screen.getByRole('group', { name: 'Date the PCN started' })).toHaveAccessibleDescription(
      "For example, 15 3 2026 Error: Enter 'Date the PCN started'.",
    );
    expect(screen.getByRole('textbox', { name: 'Link to the signed agreement' })).toHaveAccessibleDescription(
      expect.stringContaining("Error: 'Link to the signed agreement' must be a web link") as string,
    );
    expect(screen.getByRole('textbox', { name: 'Clinical Director name' })).not.toHaveAccessibleDescription();

    await user.click(links[0] as HTMLElement);
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
  });

  it('sends every answer as the JSON the server checks, then confirms and goes back to the inbox', async () => {
    server.on('POST', `${taskPath}/complete`, {
      status: 200,
      body: { id: task.id, instanceId: task.instanceId, state: 'Completed', outcome: 'Done', completedBy: 'Dr Asha Patel', completedAt: '2026-11-25T10:00:00+00:00' },
    });
    const user = renderTask();
    await user.type(await screen.findByRole('textbox', { name: 'Clinical Director name' }), 'Dr Asha Patel');
    await user.type(screen.getByRole('textbox', { name: 'Registered list size' }), '52,300');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '7');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2019');
    await user.click(screen.getByRole('radio', { name: 'Workforce' }));
    await user.click(screen.getByRole('checkbox', { name: 'Local authority' }));
    await user.click(screen.getByRole('checkbox', { name: 'Member practices' }));
    await user.click(screen.getByRole('checkbox', { name: 'Every member practice has signed' }));
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.type(screen.getByRole('textbox', { name: 'Link to the signed agreement' }), 'https://future.nhs.uk/riverside/agreement');
    const leadership = screen.getByRole('group', { name: 'Leadership, planning and partnerships' });
    await user.selectOptions(within(leadership).getByRole('combobox', { name: 'Where you are now' }), 'Step 1');
    await user.selectOptions(within(leadership).getByRole('combobox', { name: 'Where you aim to be' }), 'Step 3');
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText(/Inbox:/)).toHaveTextContent('You completed “Complete the baseline maturity matrix”.');
    expect(server.sent('POST', `${taskPath}/complete`)[0]?.body).toEqual({
      outcome: 'Done',
      comment: null,
      fields: {
        cdName: 'Dr Asha Patel',
        listSize: 52300,
        startDate: '2019-07-01',
        priority: 'Workforce',
        discussedWith: ['Member practices', 'Local authority'],
        allPracticesSigned: true,
        confidence: 4,
        agreementLink: 'https://future.nhs.uk/riverside/agreement',
        maturityMatrix: { 'Leadership, planning and partnerships': { current: 'Step 1', target: 'Step 3' } },
      },
    });
  });

  it('asks for an outcome when there is a choice, and sends the one chosen', async () => {
    server.on('GET', taskPath, { status: 200, body: taskDetail({ form: null, outcomes: ['Agreed', 'Not agreed'] }) });
    server.on('POST', `${taskPath}/complete`, { status: 200, body: { id: task.id, instanceId: task.instanceId, state: 'Completed', outcome: 'Not agreed', completedBy: 'x', completedAt: null } });
    const user = renderTask();

    await user.click(await screen.findByRole('button', { name: 'Complete task' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Choose what happened.' })).toHaveAttribute('href', '#task-outcome-0');
    expect(server.sent('POST', `${taskPath}/complete`)).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Not agreed' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));
    expect(await screen.findByText(/Inbox:/)).toHaveTextContent('(Not agreed)');
    expect(server.sent('POST', `${taskPath}/complete`)[0]?.body).toMatchObject({ outcome: 'Not agreed', fields: {} });
  });

  it('explains a conflict in plain English and reloads the task', async () => {
    server.on('POST', `${taskPath}/complete`, { status: 409, body: { title: 'Conflict', status: 409, detail: 'The task is no longer open.' } });
    server.on('GET', taskPath, { status: 200, body: task }, { status: 200, body: taskDetail({ state: 'Completed', canAct: false, completedBy: 'Sam Jones', completedAt: '2026-11-25T09:30:00+00:00', outcome: 'Done' }) });
    const user = renderTask();

    await user.click(await screen.findByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText(/Someone else changed this task while you were working on it/)).toBeInTheDocument();
    expect(screen.getByText('25 November 2026 at 09:30 by Sam Jones (Done)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Complete task' })).not.toBeInTheDocument();
    expect(server.sent('GET', taskPath)).toHaveLength(2);
  });
});
