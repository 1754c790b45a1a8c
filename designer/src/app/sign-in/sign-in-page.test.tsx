import { fakeServer, json, me } from '../testing/fake-server';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Shell } from '../testing/shell';

beforeEach(() => {
  fakeServer.on('GET /api/auth/me', json(401));
});

afterEach(() => {
  fakeServer.reset();
});

async function fillIn(email: string, password: string) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { name: 'Sign in to PcnFlow' });
  if (email) await user.type(screen.getByLabelText('Email address'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in page', () => {
  it('asks for both fields in an error summary that takes focus, without calling the server', async () => {
    render(<Shell path={'/sign-in'} />);

    await fillIn('', '');

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter your email address');
    expect(summary).toHaveTextContent('Enter your password');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Error: Enter your email address');
    expect(fakeServer.calls('POST /api/auth/login')).toHaveLength(0);
  });

  it('says the email or password is not right when the server refuses, and clears the password', async () => {
    fakeServer.on('POST /api/auth/login', json(401, { title: 'Unauthorized', status: 401, detail: 'Failed' }));
    render(<Shell path={'/sign-in'} />);

    await fillIn('cd1@example.nhs.uk', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('The email address or password is not right');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByTestId('where')).toHaveTextContent('/sign-in');
  });

  it('explains a locked account', async () => {
    fakeServer.on('POST /api/auth/login', json(401, { title: 'Unauthorized', status: 401, detail: 'LockedOut' }));
    render(<Shell path={'/sign-in'} />);

    await fillIn('cd1@example.nhs.uk', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is locked for 15 minutes');
  });

  it('signs in with a cookie and goes back to the page the person came from', async () => {
    fakeServer.on('POST /api/auth/login', () => {
      fakeServer.on('GET /api/auth/me', json(200, me('Dr Sam Patel', 'ClinicalDirector')));
      return new Response(null, { status: 200 });
    });
    render(<Shell path={'/inbox/tasks/42'} />);
    await waitFor(() => {
      expect(screen.getByTestId('where')).toHaveTextContent('/sign-in?returnTo=%2Finbox%2Ftasks%2F42');
    });

    await fillIn(' cd1@example.nhs.uk ', 'right password');

    await waitFor(() => {
      expect(screen.getByTestId('where')).toHaveTextContent(/^\/inbox\/tasks\/42$/);
    });
    const login = fakeServer.calls('POST /api/auth/login')[0];
    expect(new URL(login?.url ?? '').searchParams.get('useCookies')).toBe('true');
    await expect(login?.json()).resolves.toEqual({ email: 'cd1@example.nhs.uk', password: 'right password' });
  });

  it('ignores a return address on another site', async () => {
    fakeServer.on('POST /api/auth/login', () => {
      fakeServer.on('GET /api/auth/me', json(200, me('Alex Morgan', 'ProgrammeLead')));
      return new Response(null, { status: 200 });
    });
    render(<Shell path={'/sign-in?returnTo=%2F%2Fevil.example%2F'} />);

    await fillIn('lead@example.nhs.uk', 'right password');

    await waitFor(() => {
      expect(screen.getByTestId('where')).toHaveTextContent(/^\/dashboard$/);
    });
  });
});
