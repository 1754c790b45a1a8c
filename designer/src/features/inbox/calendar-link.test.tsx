import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarLink } from './calendar-link';

const server = await vi.hoisted(() => import('./testing/fake-server'));

const oldUrl = 'https://pcnflow.example.nhs.uk/api/calendar/3f9a0c1d2e4b5a6978877665544332211aabbccd.ics';
const newUrl = 'https://pcnflow.example.nhs.uk/api/calendar/0011223344556677889900aabbccddeeff001122.ics';

beforeEach(() => {
  server.reset();
  server.on('GET', '/api/me/calendar-link', { status: 200, body: { url: oldUrl } });
  server.on('POST', '/api/me/calendar-link/rotate', { status: 200, body: { url: newUrl } });
});

describe('calendar link', () => {
  it('shows the feed link read-only and copies it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CalendarLink />);
    const input = screen.getByRole('textbox', { name: 'Your calendar link' });
    expect(await screen.findByDisplayValue(oldUrl)).toBe(input);
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveAccessibleDescription(/anyone with this link can see your tasks/);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(await navigator.clipboard.readText()).toBe(oldUrl);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
    expect(screen.getByText('How to add it to Outlook')).toBeInTheDocument();
    expect(screen.getByText('How to add it to Google Calendar')).toBeInTheDocument();
  });

  it('makes a new link only after the person confirms', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CalendarLink />);
    await screen.findByDisplayValue(oldUrl);

    await user.click(screen.getByRole('button', { name: 'Get a new calendar link' }));
    expect(screen.getByText(/Your current link will stop working straight away/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, get a new link' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(server.sent('POST', '/api/me/calendar-link/rotate')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Get a new calendar link' }));
    await user.click(screen.getByRole('button', { name: 'Yes, get a new link' }));

    expect(await screen.findByDisplayValue(newUrl)).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Your new link is ready.');
    const rotate = server.sent('POST', '/api/me/calendar-link/rotate');
    expect(rotate).toHaveLength(1);
    expect(rotate[0]?.headers.get('X-Requested-With')).toBe('PcnFlow');
  });
});
