import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InboxPage } from './inbox-page';
import { inboxItem } from './testing/fixtures';

const server = await vi.hoisted(() => import('./testing/fake-server'));

const calendar = { url: 'https://pcnflow.example.nhs.uk/api/calendar/3f9a0c1d2e.ics' };

function renderInbox(state?: unknown) {
  render(
    <MemoryRouter initialEntries={[{ pathname: '/inbox', state }]}>
      <InboxPage />
    </MemoryRouter>,
  );
  return userEvent.setup({ delay: null });
}

beforeEach(() => {
  server.reset();
  // Only the clock is faked (Wednesday 25 November 2026), so promises and React still run normally.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  server.on('GET', '/api/me/calendar-link', { status: 200, body: calendar });
});

afterEach(() => {
  vi.useRealTimers();
});

const rowOf = (link: HTMLElement) => link.closest('li') as HTMLElement;

const page = (items: ReturnType<typeof inboxItem>[], total = items.length) => ({ status: 200, body: { items, total, page: 1, pageSize: 200 } });

describe('inbox page', () => {
  it('groups open tasks as Overdue, Due this week and Later with their programme, stage, PCN and due date in words', async () => {
    server.on(
      'GET',
      '/api/tasks',
      page([
        inboxItem({ id: 'a', title: 'Agree the network agreement', dueDate: '2026-11-23', overdue: true, returned: true, escalated: true }),
        inboxItem({ id: 'b', title: 'Complete the baseline maturity matrix', dueDate: '2026-11-27', stage: 'Step 2: Where do we want to be?' }),
        inboxItem({ id: 'e', title: 'Sign off step 1', kind: 'SignOff', ownerRole: 'ProgrammeLead', dueDate: '2026-11-29' }),
        inboxItem({ id: 'c', title: 'Plan the development support', dueDate: '2026-12-02', personalPlan: true }),
        inboxItem({ id: 'd', title: 'Reflect on the year', dueDate: null, programmeName: 'First 100 days', stage: null }),
      ]),
    );
    renderInbox();

    const overdue = await screen.findByRole('region', { name: 'Overdue (1)' });
    const link = within(overdue).getByRole('link', { name: 'Agree the network agreement' });
    expect(link).toHaveAttribute('href', '/inbox/tasks/a');
    const row = rowOf(link);
    expect(row).toHaveTextContent('PCN development support: the six steps · Step 1: Where are we now? · Riverside PCN');
    expect(row).toHaveTextContent('overdue by 2 days (Monday 23 November 2026)');
    expect(within(row).getByText('Returned')).toHaveClass('nhsuk-tag');
    expect(within(row).getByText('Escalated')).toBeInTheDocument();

    const thisWeek = screen.getByRole('region', { name: 'Due this week (2)' });
    expect(thisWeek).toHaveTextContent('Complete the baseline maturity matrix');
    expect(thisWeek).toHaveTextContent('Step 2: Where do we want to be?');
    expect(thisWeek).toHaveTextContent('due in 2 working days (Friday 27 November 2026)');
    const signOff = rowOf(within(thisWeek).getByRole('link', { name: 'Sign off step 1' }));
    expect(signOff).toHaveTextContent('due on Sunday (Sunday 29 November 2026)');
    expect(within(signOff).getByText('Sign-off')).toHaveClass('nhsuk-tag');

    const later = screen.getByRole('region', { name: 'Later (2)' });
    const planned = rowOf(within(later).getByRole('link', { name: 'Plan the development support' }));
    const undated = rowOf(within(later).getByRole('link', { name: 'Reflect on the year' }));
    expect(planned).toHaveTextContent('due in 5 working days');
    expect(within(planned).getByText('Personal plan')).toBeInTheDocument();
    expect(undated).toHaveTextContent('First 100 days · Riverside PCN');
    expect(undated).toHaveTextContent('no due date');

    expect(screen.getByText('You have 5 open tasks.')).toBeInTheDocument();
    expect(server.sent('GET', '/api/tasks')[0]?.query.get('pageSize')).toBe('200');
  });

  it('offers the next page when there are more tasks than one page holds', async () => {
    server.on(
      'GET',
      '/api/tasks',
      page([inboxItem({ id: 'a', title: 'First', dueDate: '2026-11-26' })], 2),
      page([inboxItem({ id: 'b', title: 'Second', dueDate: '2026-12-10' })], 2),
    );
    const user = renderInbox();

    await user.click(await screen.findByRole('button', { name: 'Show more tasks (1 more)' }));

    expect(await screen.findByRole('link', { name: 'Second' })).toBeInTheDocument();
    expect(server.sent('GET', '/api/tasks')[1]?.query.get('page')).toBe('2');
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });

  it('says so when there is nothing to do', async () => {
    server.on('GET', '/api/tasks', page([]));
    renderInbox();

    expect(await screen.findByText(/You have no open tasks/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Overdue/ })).not.toBeInTheDocument();
  });

  it("shows the server's problem when the list cannot be loaded", async () => {
    server.on('GET', '/api/tasks', { status: 401, body: { title: 'Please sign in', status: 401 } });
    renderInbox();

    expect(await screen.findByRole('alert')).toHaveTextContent('Please sign in');
  });

  it('confirms the task just completed', async () => {
    server.on('GET', '/api/tasks', page([]));
    renderInbox({ done: 'You completed “Agree the network agreement”.' });

    expect(screen.getByRole('alert')).toHaveTextContent('You completed “Agree the network agreement”.');
    expect(await screen.findByText(/You have no open tasks/)).toBeInTheDocument();
  });
});
