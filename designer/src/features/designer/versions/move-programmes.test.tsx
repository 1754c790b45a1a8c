import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useServerStore } from '../server/server-store';
import { sixStepDetail, sixStepId } from '../testing/bodies';
import { VersionHistory } from './version-history';

const server = await vi.hoisted(async () => {
  const { createFakeServer } = await import('../testing/fake-server');
  const fake = createFakeServer();
  globalThis.fetch = fake.fetch;
  return fake;
});

configure({ asyncUtilTimeout: 5000 });

const base = `/api/workflow-definitions/${sixStepId}`;

const version = (n: number, running: number) => ({
  version: n,
  isPublished: true,
  isLatest: n === 2,
  versionNote: `Version ${String(n)}`,
  createdAt: '2026-03-02T09:15:00+00:00',
  createdBy: 'Priya Shah',
  publishedAt: '2026-03-02T09:20:00+00:00',
  runningInstances: running,
});

const instance = (pcnName: string, status: string, extra: Record<string, unknown> = {}) => ({
  instanceId: `id-${pcnName}`,
  pcnName,
  fromVersion: 1,
  toVersion: 2,
  dryRun: status !== 'Migrated',
  status,
  removed: [],
  added: [],
  retimed: [],
  retimedWaits: [],
  variablesAdded: [],
  refusals: [],
  revision: 4,
  ...extra,
});

const refusedHillside = instance('Hillside PCN', 'Refused', {
  refusals: [
    {
      activityId: 'step1-confirm-practices',
      title: "Confirm the PCN's member practices",
      reason: "'Confirm the PCN's member practices' (step1-confirm-practices) is an open task, but version 2 has no activity with the id 'step1-confirm-practices'.",
    },
  ],
});
const retimed = { taskId: null, activityId: 'step3', title: 'Agree needs', oldDueDate: '2026-05-01', newDueDate: '2026-05-15', oldReminders: [], newReminders: [], oldEscalateAt: null, newEscalateAt: null };

const reviewWait = { bookmarkId: 'b9', activityId: 'step6-review', title: 'Annual review', oldAt: '2026-06-01T08:00:00+00:00', newAt: '2026-06-15T08:00:00+00:00' };

const bulk = (dryRun: boolean) => ({
  definitionId: sixStepId,
  toVersion: 2,
  dryRun,
  canMigrate: dryRun ? 1 : 0,
  migrated: dryRun ? 0 : 1,
  refused: 1,
  instances: [instance('Riverside PCN', dryRun ? 'CanMigrate' : 'Migrated', { retimed: [retimed], retimedWaits: [reviewWait] }), refusedHillside],
});

beforeEach(() => {
  server.reset();
  useServerStore.getState().attach(sixStepDetail({ version: 2, revision: 5 }) as never);
});

describe('moving running programmes after a publish', () => {
  it('shows the dry run in plain English, then moves only after confirming', async () => {
    let running = 2;
    server.on('GET', `${base}/versions`, () => ({ body: { items: [version(2, 2 - running), version(1, running)], total: 2, page: 1, pageSize: 200 } }));
    server.on('POST', `${base}/migrate`, (request) => {
      const dryRun = request.query.get('dryRun') === 'true';
      if (!dryRun) running = 1;
      return { body: bulk(dryRun) };
    });
    const user = userEvent.setup({ delay: null });
    render(<VersionHistory />);

    expect(await screen.findByText(/2 programmes still run an older version/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move running programmes to version 2' }));

    expect(await screen.findByText('1 of 2 programmes can move to version 2.')).toBeInTheDocument();
    expect(
      screen.getByText('Riverside PCN: 1 open task gets a new due date. “Annual review” now comes on 15 June 2026 at 09:00 instead of 1 June 2026 at 09:00.'),
    ).toBeInTheDocument();
    const refusals = screen.getByRole('heading', { name: '1 programme cannot move' }).nextElementSibling as HTMLElement;
    expect(within(refusals).getByText(/^Hillside PCN stays on version 1: .*version 2 has no activity with the id 'step1-confirm-practices'/)).toBeInTheDocument();
    const [dry] = server.sent('POST', `${base}/migrate`);
    expect(dry?.query.get('toVersion')).toBe('2');
    expect(dry?.query.get('dryRun')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Move 1 programme' }));

    expect(await screen.findByText('Moved 1 programme to version 2.')).toBeInTheDocument();
    const moves = server.sent('POST', `${base}/migrate`);
    expect(moves).toHaveLength(2);
    expect(moves[1]?.query.get('dryRun')).toBe('false');
    // The running counts changed, so the history reloads.
    await waitFor(() => {
      expect(server.sent('GET', `${base}/versions`)).toHaveLength(2);
    });
  });

  it('cancelling the dry run moves nothing', async () => {
    server.on('GET', `${base}/versions`, { body: { items: [version(2, 0), version(1, 3)], total: 2, page: 1, pageSize: 200 } });
    server.on('POST', `${base}/migrate`, { body: bulk(true) });
    const user = userEvent.setup({ delay: null });
    render(<VersionHistory />);

    await user.click(await screen.findByRole('button', { name: 'Move running programmes to version 2' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('button', { name: 'Move running programmes to version 2' })).toBeInTheDocument();
    expect(server.sent('POST', `${base}/migrate`)).toHaveLength(1);
  });

  it('offers nothing when every programme already runs the newest version', async () => {
    server.on('GET', `${base}/versions`, { body: { items: [version(2, 4), version(1, 0)], total: 2, page: 1, pageSize: 200 } });
    render(<VersionHistory />);

    expect(await screen.findByRole('heading', { name: 'Version history' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move running programmes/ })).not.toBeInTheDocument();
  });
});
