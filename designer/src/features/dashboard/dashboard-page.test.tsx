// First, so the typed client is created with the fake server's fetch.
import { fakeServer, ok, problem, stopFakeServer } from './testing/fake-server';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage } from './dashboard-page';
import demo from './testing/demo-dashboard.json';

const icsId = '01a208ab-85e8-7fcf-bbee-e1f810c33c21';
const me = {
  id: '16ef84b9-a94a-4b57-bbfd-6ba7bbe572fa',
  email: 'lead@demo.pcnflow.test',
  displayName: 'Alex Morgan',
  notificationPreference: 'Individual',
  roles: [{ role: 'ProgrammeLead', organisationId: icsId, organisationName: 'Demo ICS', organisationKind: 'Ics', supportsUserId: null, supportsName: null }],
};
const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((weekStarting, i) => ({
  weekStarting,
  completed: [4, 0, 7, 19][i],
  completedToDate: [4, 4, 11, 30][i],
}));

beforeAll(() => {
  // jsdom has no 2D canvas; the chart then draws nothing and its table still gives the figures.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

afterEach(() => {
  stopFakeServer();
});

function renderPage() {
  render(
    <MemoryRouter>
      <DashboardPage />
    </MemoryRouter>,
  );
}

describe('dashboard page', () => {
  it('shows the lead’s ICS: counts, the heatmap, progress as a chart with its figures, and the overdue list', async () => {
    const requests = fakeServer({
      'GET /api/auth/me': ok(me),
      'GET /api/dashboard': ok(demo),
      [`GET /api/dashboard/${icsId}/progress`]: ok({ icsId, generatedAt: '2026-11-23T13:50:15+00:00', weeks }),
    });
    renderPage();

    expect(await screen.findByText('Demo ICS')).toBeInTheDocument();
    expect(requests).toContain(`GET /api/dashboard?icsId=${icsId}`);
    expect(screen.getByText('Overdue', { selector: 'dt' }).nextElementSibling).toHaveTextContent(String(demo.totals.overdue));
    expect(screen.getByText('Programmes', { selector: 'dt' }).nextElementSibling).toHaveTextContent('3');
    expect(screen.getByRole('table', { name: 'Progress of each PCN by stage' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /30 in all, 30 to date/ })).toBeInTheDocument();
    const figures = screen.getByRole('table', { name: 'Tasks completed by week' });
    expect(within(figures).getByRole('rowheader', { name: 'Week of 23 Nov' }).parentElement).toHaveTextContent('Week of 23 Nov1930');
    expect(within(screen.getByRole('table', { name: 'Overdue tasks' })).getByText('Sign off step 5: Implementation')).toBeInTheDocument();
  });

  it('tells someone who leads no ICS that the dashboard is not for them', async () => {
    fakeServer({ 'GET /api/auth/me': ok({ ...me, roles: [{ ...me.roles[0], role: 'ClinicalDirector', organisationKind: 'Pcn' }] }) });
    renderPage();
    expect(await screen.findByText(/You do not lead an ICS/)).toBeInTheDocument();
  });

  it('shows the server’s reason when the dashboard is refused', async () => {
    fakeServer({ 'GET /api/auth/me': ok(me), 'GET /api/dashboard': problem(403, 'Not allowed', 'The dashboard is for the ICS programme lead.') });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('The dashboard is for the ICS programme lead.');
  });
});
