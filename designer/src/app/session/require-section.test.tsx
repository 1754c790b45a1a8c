import { fakeServer, json, me } from '../testing/fake-server';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Shell } from '../testing/shell';
import { mayOpen, sectionsFor } from './roles';

afterEach(() => {
  fakeServer.reset();
});

describe('the page-level role guard', () => {
  it('tells a clinical director who types /designer that they have no access, with a link to their inbox', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Dr Sam Patel', 'ClinicalDirector')));
    render(<Shell path={'/designer/six-step'} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Designer page' })).not.toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/designer\/six-step$/);
    // The page names the tab in a passive effect, which may run just after the heading is in the document.
    await waitFor(() => {
      expect(document.title).toBe('You do not have access to this page – PcnFlow');
    });

    await userEvent.click(screen.getByRole('link', { name: 'Go to your inbox' }));

    expect(await screen.findByRole('heading', { name: 'Inbox page' })).toBeInTheDocument();
  });

  it('keeps a practice manager out of the dashboard, and a support person out of the designer', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Pat', 'PracticeManager')));
    const { unmount } = render(<Shell path={'/dashboard'} />);
    expect(await screen.findByRole('heading', { name: 'You do not have access to this page' })).toBeInTheDocument();
    unmount();

    fakeServer.on('GET /api/auth/me', json(200, me('Morgan Lee', 'SupportPerson')));
    render(<Shell path={'/designer/six-step'} />);
    expect(await screen.findByRole('heading', { name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your inbox' })).toHaveAttribute('href', '/inbox');
  });

  it('lets a lead open the designer and someone with both kinds of role open every page', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Alex Morgan', 'ProgrammeLead')));
    const { unmount } = render(<Shell path={'/designer'} />);
    expect(await screen.findByRole('heading', { name: 'Designer page' })).toBeInTheDocument();
    unmount();

    fakeServer.on('GET /api/auth/me', json(200, me('Both', 'ClinicalDirector', 'Admin')));
    render(<Shell path={'/inbox'} />);
    expect(await screen.findByRole('heading', { name: 'Inbox page' })).toBeInTheDocument();
  });

  it('opens exactly the pages the menu offers, for every role', () => {
    const roles = ['ClinicalDirector', 'PracticeManager', 'PcnBoard', 'SupportPerson', 'ProgrammeLead', 'Admin'];
    for (const role of roles) {
      const person = me(role, role);
      const menu = sectionsFor(person).map((s) => s.to);
      for (const section of ['/inbox', '/dashboard', '/designer']) {
        expect(mayOpen(person, section), `${role} at ${section}`).toBe(menu.includes(section));
      }
    }
    expect(mayOpen(me('Nobody'), '/inbox')).toBe(false);
  });
});
