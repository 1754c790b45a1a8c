/**
 * A stand-in for the PcnFlow server in app-shell tests. Import it before anything that imports the typed API
 * client: openapi-fetch keeps the `fetch` it finds when the client is created, so the stub must be in place first.
 */
import { vi } from 'vitest';
import type { Me } from '../session/roles';

type Reply = (request: Request) => Response | Promise<Response>;

const routes = new Map<string, Reply>();
const calls: Request[] = [];

globalThis.fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new Request(input, init);
  calls.push(request.clone());
  const reply = routes.get(`${request.method} ${new URL(request.url).pathname}`);
  return Promise.resolve(reply ? reply(request) : json(404, { title: 'Not Found', status: 404 }));
});

export function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export const fakeServer = {
  /** Answers METHOD PATH (e.g. "GET /api/auth/me") with REPLY until reset. */
  on(route: string, reply: Reply | Response) {
    routes.set(route, typeof reply === 'function' ? reply : () => reply.clone());
  },
  /** The requests made for METHOD PATH, oldest first. */
  calls(route: string): Request[] {
    return calls.filter((r) => `${r.method} ${new URL(r.url).pathname}` === route);
  },
  reset() {
    routes.clear();
    calls.length = 0;
  },
};

export function me(displayName: string, ...roles: string[]): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'person@example.nhs.uk',
    displayName,
    notificationPreference: 'Individual',
    roles: roles.map((role) => ({ role, organisationId: null, organisationName: null, organisationKind: null, supportsUserId: null, supportsName: null })),
  };
}
