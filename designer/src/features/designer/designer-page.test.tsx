import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReactFlow } from '@/testing/react-flow-mocks';
import type { DefinitionSource } from './definition-source';
import { DesignerPage } from './designer-page';
import { useDesignerStore } from './store/designer-store';

const sixStep: unknown = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../workflows/six-step-development-support.json'), 'utf8'),
);

function renderAt(path: string, source: DefinitionSource) {
  function Route_() {
    const { definitionId } = useParams();
    return <DesignerPage key={definitionId ?? ''} definitionId={definitionId} source={source} />;
  }
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/designer" element={<Route_ />} />
        <Route path="/designer/:definitionId" element={<Route_ />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup({ delay: null });
}

beforeAll(() => {
  mockReactFlow();
});

beforeEach(() => {
  useDesignerStore.getState().reset();
});

describe('designer page', () => {
  it('opens a definition from the server and draws its steps in plain English', async () => {
    const source: DefinitionSource = { load: vi.fn(() => Promise.resolve(sixStep)), list: () => Promise.resolve([]) };
    const user = renderAt('/designer/six-step-development-support', source);
    expect(await screen.findByRole('heading', { name: 'PCN development support: the six steps' })).toBeInTheDocument();
    expect(source.load).toHaveBeenCalledWith('six-step-development-support');

    const node = await screen.findByRole('group', { name: /^Task: Confirm the PCN's member practices/ });
    expect(within(node).getByText('Owner: Practice manager')).toBeInTheDocument();
    expect(within(node).getByText('1 day before the programme starts')).toBeInTheDocument();
    const signOff = screen.getByRole('group', { name: /^Sign-off: Sign off step 1/ });
    expect(within(signOff).getByText('Approved')).toBeInTheDocument();
    expect(within(signOff).getByText('Returned')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Outline' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Step 3: What help is required?' })).toBeInTheDocument();
  });

  it('says so when the server is not there, and offers a file or a blank programme', async () => {
    const source: DefinitionSource = {
      load: () => Promise.reject(new Error('The PcnFlow server could not be reached.')),
      list: () => Promise.reject(new Error('offline')),
    };
    const user = renderAt('/designer/missing', source);
    expect(await screen.findByText('The PcnFlow server could not be reached.')).toBeInTheDocument();
    expect(await screen.findByText(/The PcnFlow server is not answering/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a blank programme' }));
    expect(await screen.findByRole('heading', { name: 'New programme' })).toBeInTheDocument();
  });

  it('imports an Elsa JSON file and reports a file that is not one', async () => {
    const source: DefinitionSource = { load: () => Promise.resolve({}), list: () => Promise.resolve([]) };
    const user = renderAt('/designer', source);
    const input = await screen.findByLabelText('Workflow definition file');
    await user.upload(input, new File(['{"name": "x"}'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByText(/not a workflow definition/)).toBeInTheDocument();
    await user.upload(input, new File([JSON.stringify(sixStep)], 'six.json', { type: 'application/json' }));
    await waitFor(() => {
      expect(useDesignerStore.getState().nodes).toHaveLength(63);
    });
    expect(screen.getByText('From six.json')).toBeInTheDocument();
  });

  it('adds a step from the palette without dragging, and undoes it with the keyboard', async () => {
    const source: DefinitionSource = { load: () => Promise.resolve(sixStep), list: () => Promise.resolve([]) };
    const user = renderAt('/designer/six', source);
    await screen.findByRole('heading', { name: 'PCN development support: the six steps' });
    await user.click(within(screen.getByRole('navigation', { name: 'Steps to add' })).getByRole('button', { name: 'Review' }));
    expect(useDesignerStore.getState().nodes).toHaveLength(64);
    expect(screen.getByRole('complementary', { name: 'Settings for Review' })).toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(useDesignerStore.getState().nodes).toHaveLength(63);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(useDesignerStore.getState().nodes).toHaveLength(64);
  });
});
