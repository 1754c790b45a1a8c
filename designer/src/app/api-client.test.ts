import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getWorkflowDefinition, listWorkflowDefinitions } from './api-client';

function answer(status: number, body: unknown, type = 'application/json') {
  const fetchMock = vi.fn((_url: string) =>
    Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': type } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('gets a definition by id under /api', async () => {
    const fetchMock = answer(200, { definitionId: 'six step', root: {} });
    await expect(getWorkflowDefinition('six step')).resolves.toEqual({ definitionId: 'six step', root: {} });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/workflow-definitions/six%20step');
  });

  it('lists definitions from a plain list or a page of items', async () => {
    answer(200, [{ definitionId: 'a', name: 'A' }, { nonsense: true }]);
    await expect(listWorkflowDefinitions()).resolves.toEqual([{ definitionId: 'a', name: 'A' }]);
    answer(200, { items: [{ definitionId: 'b', name: 'B', version: 2 }] });
    await expect(listWorkflowDefinitions()).resolves.toEqual([{ definitionId: 'b', name: 'B', version: 2 }]);
  });

  it('explains failures in words', async () => {
    answer(404, 'missing', 'text/plain');
    await expect(getWorkflowDefinition('x')).rejects.toThrow('That programme was not found on the server.');
    answer(200, '<html>', 'text/html');
    await expect(getWorkflowDefinition('x')).rejects.toBeInstanceOf(ApiError);
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('network'))));
    await expect(listWorkflowDefinitions()).rejects.toThrow('The PcnFlow server could not be reached.');
  });
});
