// First, so the typed client is created with the fake server's fetch.
import { fakeServer, ok, problem, stopFakeServer } from './testing/fake-server';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockReactFlow } from '@/testing/react-flow-mocks';
import { InstancePage } from './instance-page';
import { installAsyncResizeObserver } from './testing/async-resize-observer';
import riverside from './testing/riverside-returned.json';

const id = 'e16217601e1f4f218c3626036a9317ac';
const sixStep: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../workflows/six-step-development-support.json'), 'utf8'));
// GET /api/workflow-definitions/{id}?version=1 answers the version's details with its Elsa JSON.
const definitionDetail = {
  definitionId: 'six-step-development-support',
  version: 1,
  name: 'PCN development support: the six steps',
  description: null,
  isLatest: true,
  isPublished: true,
  versionNote: null,
  createdAt: '2026-11-23T13:49:50+00:00',
  createdBy: 'seed',
  publishedAt: '2026-11-23T13:49:50+00:00',
  revision: 1,
  definition: sixStep,
};

beforeAll(() => {
  mockReactFlow();
  installAsyncResizeObserver();
});

afterEach(() => {
  stopFakeServer();
});

function renderPage() {
  return render(
    <MemoryRouter>
      <InstancePage instanceId={id} />
    </MemoryRouter>,
  );
}

describe('instance page', () => {
  it('draws the version the instance runs with each step labelled by state, beside the journal', async () => {
    const requests = fakeServer({
      [`GET /api/workflow-instances/${id}`]: ok(riverside.instance),
      [`GET /api/workflow-instances/${id}/journal`]: ok({ items: riverside.journal, total: riverside.journal.length, page: 1, pageSize: 200 }),
      'GET /api/workflow-definitions/six-step-development-support?version=1': ok(definitionDetail),
    });
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: /Riverside PCN/ })).toHaveTextContent('PCN development support: the six steps');
    const diagram = await screen.findByRole('application', { name: /Programme diagram, read-only/ }, { timeout: 10_000 });
    const report = await within(diagram).findByRole('group', { name: /implementation report: Overdue$/i }, { timeout: 10_000 });
    expect(report.querySelector('.pf-state--overdue')).not.toBeNull();
    expect(within(diagram).getByRole('group', { name: /^Sign off step 5.*: Waiting$/ })).toBeInTheDocument();
    expect(within(diagram).getAllByRole('group', { name: /: Not reached$/ }).length).toBeGreaterThan(10);
    expect(screen.getByText(/The implementation plan has no dates/)).toBeInTheDocument();
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(requests).toContain(`GET /api/workflow-instances/${id}/journal?page=1&pageSize=200`);
  });

  it('explains in words when the programme cannot be seen', async () => {
    fakeServer({ [`GET /api/workflow-instances/${id}`]: problem(404, 'Not found', 'There is no programme with that id.') });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no programme with that id.');
  });
});
