import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReactFlow } from '@/testing/react-flow-mocks';
import { useServerStore } from './server/server-store';
import { useDesignerStore } from './store/designer-store';
import { definitionsPage, sixStep, sixStepDetail, sixStepId } from './testing/bodies';
import { renderDesignerAt } from './testing/render-designer';

const server = await vi.hoisted(async () => {
  const { createFakeServer } = await import('./testing/fake-server');
  const fake = createFakeServer();
  globalThis.fetch = fake.fetch;
  return fake;
});

// The machine running the suite is shared; server answers here can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  mockReactFlow();
});

beforeEach(() => {
  server.reset();
  server.on('POST', '/api/workflow-definitions/validate', { body: { valid: true, problems: [] } });
  server.on('POST', /\/simulate$/, { body: [] });
  useDesignerStore.getState().reset();
  useServerStore.getState().detach();
});

describe('designer page', () => {
  it('lists the programmes on the server with what is published, any draft and how many are running', async () => {
    server.on('GET', '/api/workflow-definitions', { body: definitionsPage });
    renderDesignerAt('/designer');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const six = rows[1];
    if (!six) throw new Error('no row');
    expect(within(six).getByRole('link', { name: 'PCN development support: the six steps' })).toHaveAttribute('href', `/designer/${sixStepId}`);
    expect(within(six).getByText('Version 2')).toBeInTheDocument();
    expect(within(six).getByText('Draft changes not yet published')).toBeInTheDocument();
    expect(within(six).getByText('4 PCNs')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('No changes waiting')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('1 PCN')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Not published yet')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('None')).toBeInTheDocument();
  });

  it('opens the latest version from the server and draws its steps in plain English', async () => {
    server.on('GET', `/api/workflow-definitions/${sixStepId}`, { body: sixStepDetail({ version: 2, isPublished: false, revision: 7 }) });
    const user = renderDesignerAt(`/designer/${sixStepId}`);
    expect(await screen.findByRole('heading', { name: 'PCN development support: the six steps' })).toBeInTheDocument();
    expect(screen.getByText('Draft version 2 saved')).toBeInTheDocument();
    expect(useServerStore.getState()).toMatchObject({ definitionId: sixStepId, version: 2, revision: 7, isPublished: false });

    const node = await screen.findByRole('group', { name: /^Task: Confirm the PCN's member practices/ });
    expect(within(node).getByText('Owner: Practice manager')).toBeInTheDocument();
    expect(within(node).getByText('1 day before the programme starts')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Step 3: What help is required?' })).toBeInTheDocument();
  });

  it('says why when the server cannot give the programme or the list, and offers a file or a blank programme', async () => {
    server.on('GET', '/api/workflow-definitions/missing', {
      status: 404,
      body: { title: 'Not found', status: 404, detail: "There is no workflow definition 'missing'." },
    });
    server.on('GET', '/api/workflow-definitions', { status: 401, body: { title: 'Please sign in', status: 401 } });
    const user = renderDesignerAt('/designer/missing');
    expect(await screen.findByText("Not found: There is no workflow definition 'missing'.")).toBeInTheDocument();
    expect(await screen.findByText(/Programmes cannot be listed from the server \(Please sign in\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a blank programme' }));
    expect(await screen.findByRole('heading', { name: 'New programme' })).toBeInTheDocument();
    expect(useServerStore.getState().definitionId).toBeNull();
  });

  it('imports an Elsa JSON file and reports a file that is not one', async () => {
    server.on('GET', '/api/workflow-definitions', { body: { items: [], page: 1, pageSize: 200, total: 0 } });
    const user = renderDesignerAt('/designer');
    expect(await screen.findByText('There are no programmes yet.')).toBeInTheDocument();
    const input = screen.getByLabelText('Workflow definition file');
    await user.upload(input, new File(['{"name": "x"}'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByText(/not a workflow definition/)).toBeInTheDocument();
    await user.upload(input, new File([JSON.stringify(sixStep)], 'six.json', { type: 'application/json' }));
    await waitFor(() => {
      expect(useDesignerStore.getState().nodes).toHaveLength(63);
    });
    expect(screen.getByText('From six.json')).toBeInTheDocument();
  });

  it('adds a step from the palette without dragging, and undoes it with the keyboard', async () => {
    server.on('GET', `/api/workflow-definitions/${sixStepId}`, { body: sixStepDetail() });
    const user = renderDesignerAt(`/designer/${sixStepId}`);
    await screen.findByRole('heading', { name: 'PCN development support: the six steps' });
    await user.click(within(screen.getByRole('navigation', { name: 'Steps to add' })).getByRole('button', { name: 'Review' }));
    expect(useDesignerStore.getState().nodes).toHaveLength(64);
    expect(screen.getByText('Changes not saved')).toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(useDesignerStore.getState().nodes).toHaveLength(63);
  });
});
