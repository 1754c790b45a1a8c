import { fakeServer, json, me } from '../testing/fake-server';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Shell } from '../testing/shell';

afterEach(() => {
  fakeServer.reset();
});

function menuLinks() {
  return within(screen.getByRole('navigation', { name: 'Menu' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('the session and role routing', () => {
  it('sends someone who is not signed in to sign in, remembering where they were going', async () => {
    fakeServer.on('GET /api/auth/me', json(401));

    render(<Shell path={'/dashboard'} />);

    expect(await screen.findByRole('heading', { name: 'Sign in to PcnFlow' })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/sign-in?returnTo=%2Fdashboard');
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
  });

  it('takes a programme lead from / to the dashboard, with the Dashboard and Designer in the menu', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Alex Morgan', 'ProgrammeLead')));

    render(<Shell path={'/'} />);

    expect(await screen.findByRole('heading', { name: 'Dashboard page' })).toBeInTheDocument();
    expect(menuLinks()).toEqual(['Inbox', 'Dashboard', 'Designer']);
    expect(screen.getByRole('navigation', { name: 'Account' })).toHaveTextContent('Alex Morgan');
  });

  it('takes a clinical director from / to their inbox, with only the Inbox in the menu', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Dr Sam Patel', 'ClinicalDirector')));

    render(<Shell path={'/'} />);

    expect(await screen.findByRole('heading', { name: 'Inbox page' })).toBeInTheDocument();
    expect(menuLinks()).toEqual(['Inbox']);
  });

  it('tells someone with no role who to ask', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('New Person')));

    render(<Shell path={'/'} />);

    expect(await screen.findByRole('heading', { name: 'You do not have a role in PcnFlow yet' })).toBeInTheDocument();
  });

  it('goes back to sign in when any API call finds the session has ended', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Dr Sam Patel', 'ClinicalDirector')));
    fakeServer.on('GET /api/tasks', json(401));
    render(<Shell path={'/inbox'} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Load tasks' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to PcnFlow' })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/sign-in?returnTo=%2Finbox');
  });

  it('signs out on the server and shows the sign-in page', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Alex Morgan', 'ProgrammeLead')));
    fakeServer.on('POST /api/auth/logout', new Response(null, { status: 204 }));
    render(<Shell path={'/dashboard'} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to PcnFlow' })).toBeInTheDocument();
    expect(fakeServer.calls('POST /api/auth/logout')).toHaveLength(1);
    await waitFor(() => {
      expect(screen.getByTestId('where')).toHaveTextContent(/^\/sign-in$/);
    });
  });

  it('says so when the server cannot be reached', async () => {
    fakeServer.on('GET /api/auth/me', json(503, { title: 'Service Unavailable', status: 503 }));

    render(<Shell path={'/inbox'} />);

    expect(await screen.findByRole('heading', { name: 'Sorry, PcnFlow is not available' })).toBeInTheDocument();
  });
});
