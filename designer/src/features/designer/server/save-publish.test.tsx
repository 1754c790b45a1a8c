import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElsaActivity } from '@/lib/elsa/activity';
import { writeText } from '@/lib/elsa/inputs';
import type { JsonObject } from '@/lib/elsa/json';
import { mockReactFlow } from '@/testing/react-flow-mocks';
import { useDesignerStore } from '../store/designer-store';
import { sixStepDetail, sixStepId } from '../testing/bodies';
import { renderDesignerAt } from '../testing/render-designer';
import { useServerStore } from './server-store';

const server = await vi.hoisted(async () => {
  const { createFakeServer } = await import('../testing/fake-server');
  const fake = createFakeServer();
  globalThis.fetch = fake.fetch;
  return fake;
});

const url = `/api/workflow-definitions/${sixStepId}`;
const stepId = 'step3-agree-needs';

// The machine running the suite is shared; server answers here can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  mockReactFlow();
});

beforeEach(() => {
  server.reset();
  server.on('GET', url, { body: sixStepDetail() });
  server.on('POST', '/api/workflow-definitions/validate', { body: { valid: true, problems: [] } });
  useDesignerStore.getState().reset();
  useServerStore.getState().detach();
});

async function openAndRetitle(title = 'Agree needs for the year') {
  const user = renderDesignerAt(`/designer/${sixStepId}`);
  await screen.findByText('Version 1 published');
  const store = useDesignerStore.getState();
  const node = store.nodes.find((n) => n.id === stepId);
  if (!node) throw new Error('step 3 is missing');
  store.updateActivity(writeText(node.data.activity, 'title', title));
  return user;
}

const activityIn = (body: unknown, id: string) =>
  ((body as JsonObject).root as unknown as { activities: ElsaActivity[] }).activities.find((a) => a.id === id);

describe('saving and publishing', () => {
  it('saves the draft with the revision it loaded, and says which version it became', async () => {
    server.on('PUT', url, (request) => ({ body: sixStepDetail({ version: 2, isPublished: false, revision: 1, definition: request.body }) }));
    const user = await openAndRetitle();
    expect(await screen.findByText('Changes not saved')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Saved as draft version 2.')).toBeInTheDocument();
    const [put] = server.sent('PUT', url);
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.headers.get('X-Requested-With')).toBe('PcnFlow');
    expect(activityIn(put?.body, stepId)?.title).toMatchObject({ expression: { value: 'Agree needs for the year' } });
    expect(screen.getByText('Draft version 2 saved')).toBeInTheDocument();
    expect(useDesignerStore.getState().dirty).toBe(false);
    expect(useServerStore.getState().revision).toBe(1);
  });

  it('says someone else saved first on a 409, and keeps the changes', async () => {
    server.on('PUT', url, {
      status: 409,
      body: {
        title: 'Conflict',
        status: 409,
        detail: `Version 1 of '${sixStepId}' was changed by someone else since you loaded it (it is now revision 4). Reload it and make your change again.`,
      },
    });
    const user = await openAndRetitle();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Someone else saved this programme first' })).toBeInTheDocument();
    expect(within(summary).getByText(/changed by someone else since you loaded it/)).toBeInTheDocument();
    expect(screen.getByText('Changes not saved')).toBeInTheDocument();
    expect(useDesignerStore.getState().dirty).toBe(true);
  });

  it('puts a refused save’s problems on the node and in the summary, which selects the node', async () => {
    server.on('PUT', url, {
      status: 400,
      body: {
        title: 'The workflow definition is invalid.',
        status: 400,
        detail: 'The workflow definition has 2 problems; nothing was saved.',
        errors: { [stepId]: ['A task needs an owner role.'], '$.name': ['The name must be 200 characters or fewer.'] },
      },
    });
    const user = await openAndRetitle();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('The workflow definition has 2 problems; nothing was saved.')).toBeInTheDocument();

    const node = screen.getByRole('group', { name: /^Task: Agree needs for the year.*Has 1 problem$/ });
    expect(node.querySelector('.pf-node--invalid')).not.toBeNull();
    expect(within(node).getByText('Has 1 problem')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This programme has 2 problems' })).toBeInTheDocument();
    expect(screen.getByText('The name must be 200 characters or fewer.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Agree needs for the year: A task needs an owner role.' }));
    expect(useDesignerStore.getState().selectedId).toBe(stepId);
  });

  it('publishes with a required version note after saving, and shows the new version', async () => {
    server.on('PUT', url, { body: sixStepDetail({ version: 2, isPublished: false, revision: 1 }) });
    server.on('POST', `${url}/publish`, { body: sixStepDetail({ version: 2, isPublished: true, revision: 2, versionNote: 'Step 3 renamed' }) });
    const user = await openAndRetitle();
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    await user.click(screen.getByRole('button', { name: 'Save and publish' }));
    expect(await screen.findByRole('heading', { name: 'Add a version note' })).toBeInTheDocument();
    expect(server.sent('PUT', url)).toHaveLength(0);

    await user.type(screen.getByLabelText('Version note'), 'Step 3 renamed');
    await user.click(screen.getByRole('button', { name: 'Save and publish' }));
    expect(await screen.findByText(/^Published version 2\./)).toBeInTheDocument();
    const [publish] = server.sent('POST', `${url}/publish`);
    expect(publish?.body).toEqual({ versionNote: 'Step 3 renamed' });
    expect(publish?.headers.get('If-Match')).toBe('"1"');
    expect(screen.getByText('Version 2 published')).toBeInTheDocument();
  });

  it('checks the programme with the server as it is edited, and clears problems once fixed', async () => {
    server.on('POST', '/api/workflow-definitions/validate', (request) => {
      const title = activityIn(request.body, stepId)?.title as { expression: { value: string } } | undefined;
      const blank = !title || title.expression.value === '';
      const problem = { activityId: stepId, jsonPath: '$.root.activities[27].title', message: 'Give the task a title.', code: 'missing-title' };
      return { body: { valid: !blank, problems: blank ? [problem] : [] } };
    });
    await openAndRetitle('');
    expect(await screen.findByRole('link', { name: /Give the task a title\./ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Has 1 problem$/ })).toBeInTheDocument();

    const node = useDesignerStore.getState().nodes.find((n) => n.id === stepId);
    if (!node) throw new Error('step 3 is missing');
    useDesignerStore.getState().updateActivity(writeText(node.data.activity, 'title', 'Agree needs'));
    await waitFor(() => {
      expect(screen.queryByText(/Give the task a title\./)).not.toBeInTheDocument();
    }, { timeout: 5000 });
    expect(screen.queryByRole('group', { name: /Has 1 problem$/ })).not.toBeInTheDocument();
  });
});
