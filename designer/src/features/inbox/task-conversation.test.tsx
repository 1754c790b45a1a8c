import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TaskComments } from './task-comments';
import { TaskEvidence } from './task-evidence';

const server = await vi.hoisted(() => import('./testing/fake-server'));

const taskId = '0f8fad5b-d9cb-469f-a165-70867728950e';

beforeEach(() => {
  server.reset();
});

describe('comments', () => {
  it('lists comments and adds one', async () => {
    server.on('POST', `/api/tasks/${taskId}/comments`, ({ body }) => ({
      status: 201,
      body: { id: 'c2', author: 'cd1@demo.pcnflow.test', authorName: 'Dr Asha Patel', text: (body as { text: string }).text, at: '2026-11-25T11:00:00+00:00' },
    }));
    const user = userEvent.setup({ delay: null });
    render(
      <TaskComments
        taskId={taskId}
        initial={[
          { id: 'c1', author: 'lead@demo.pcnflow.test', authorName: 'Jo Lead', text: 'Shall we meet on Friday?', at: '2026-11-24T09:15:00+00:00' },
          { id: 'c0', author: 'system', authorName: null, text: 'Reminder sent.', at: '2026-11-24T08:00:00+00:00' },
        ]}
      />,
    );
    // People by name, not by address; someone with no account by the name they were recorded under.
    expect(screen.getByText('Jo Lead, 24 November 2026 at 09:15')).toBeInTheDocument();
    expect(screen.getByText('system, 24 November 2026 at 08:00')).toBeInTheDocument();
    expect(screen.queryByText(/lead@demo/)).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'Friday works.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(await screen.findByText('Friday works.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');
    expect(server.sent('POST', `/api/tasks/${taskId}/comments`)[0]?.body).toEqual({ text: 'Friday works.' });
  });

  it('asks for some text before sending', async () => {
    const user = userEvent.setup({ delay: null });
    render(<TaskComments taskId={taskId} initial={[]} />);

    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveAccessibleDescription('Error: Write a comment.');
    expect(server.requests).toHaveLength(0);
  });
});

describe('evidence', () => {
  it("lists links, shows the server's error beside the address, then adds the corrected link", async () => {
    server.on(
      'POST',
      `/api/tasks/${taskId}/evidence`,
      { status: 400, body: { title: 'One or more validation errors occurred.', status: 400, errors: { url: ['Give the full web address of the evidence, starting https://.'] } } },
      { status: 201, body: { id: 'e2', url: 'https://future.nhs.uk/riverside/plan', title: 'Development plan', addedBy: 'cd1@demo.pcnflow.test', addedByName: 'Dr Asha Patel', at: '2026-11-25T11:00:00+00:00' } },
    );
    const user = userEvent.setup({ delay: null });
    render(
      <TaskEvidence
        taskId={taskId}
        open
        initial={[{ id: 'e1', url: 'https://nhs.sharepoint.com/sites/riverside/matrix.xlsx', title: null, addedBy: 'sam@demo.pcnflow.test', addedByName: 'Sam Jones', at: '2026-11-20T10:00:00+00:00' }]}
      />,
    );
    expect(screen.getByRole('link', { name: /nhs.sharepoint.com\/sites\/riverside\/matrix.xlsx/ })).toHaveAttribute('rel', 'noopener noreferrer');

    const address = screen.getByRole('textbox', { name: 'Web address' });
    await user.type(address, 'future.nhs.uk/riverside/plan');
    await user.type(screen.getByRole('textbox', { name: 'What it is (optional)' }), 'Development plan');
    await user.click(screen.getByRole('button', { name: 'Add evidence link' }));
    expect(await screen.findByText('Give the full web address of the evidence, starting https://.')).toBeInTheDocument();
    expect(address).toHaveAccessibleDescription(expect.stringContaining('Error: Give the full web address') as string);

    await user.clear(address);
    await user.type(address, 'https://future.nhs.uk/riverside/plan');
    await user.click(screen.getByRole('button', { name: 'Add evidence link' }));

    const list = screen.getByRole('list');
    expect(await within(list).findByRole('link', { name: /Development plan/ })).toHaveAttribute('href', 'https://future.nhs.uk/riverside/plan');
    expect(within(list).getByText(/Added by Sam Jones, 20 November 2026/)).toBeInTheDocument();
    expect(within(list).getByText(/Added by Dr Asha Patel, 25 November 2026/)).toBeInTheDocument();
    expect(server.sent('POST', `/api/tasks/${taskId}/evidence`)[1]?.body).toEqual({ url: 'https://future.nhs.uk/riverside/plan', title: 'Development plan' });
  });

  it('offers no way to add evidence to a closed task', () => {
    render(<TaskEvidence taskId={taskId} open={false} initial={[]} />);

    expect(screen.getByText('No evidence linked yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add evidence link' })).not.toBeInTheDocument();
  });
});
