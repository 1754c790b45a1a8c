/**
 * A fake PcnFlow server at the network boundary: it replaces `fetch`, so the real typed client, its middleware
 * and its problem-details handling all run. openapi-fetch keeps the `fetch` it finds when the client is created,
 * so tests load this first, with `await vi.hoisted(() => import('./testing/fake-server'))`.
 */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Reply = { status: number; body?: unknown } | ((request: Recorded) => { status: number; body?: unknown });

interface Route {
  method: string;
  path: string;
  replies: Reply[];
}

let routes: Route[] = [];
export const requests: Recorded[] = [];

/** Answers `method path` with each reply in turn, repeating the last one. */
export function on(method: string, path: string, ...replies: Reply[]) {
  routes = routes.filter((r) => !(r.method === method && r.path === path));
  routes.push({ method, path, replies });
}

export function reset() {
  routes = [];
  requests.length = 0;
}

export function sent(method: string, path: string): Recorded[] {
  return requests.filter((r) => r.method === method && r.path === path);
}

async function answer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const text = await request.text();
  const recorded: Recorded = {
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    body: text ? (JSON.parse(text) as unknown) : undefined,
    headers: request.headers,
  };
  requests.push(recorded);
  const route = routes.find((r) => r.method === request.method && r.path === url.pathname);
  if (!route) return json(404, { title: 'Not found', status: 404, detail: `No fake for ${request.method} ${url.pathname}.` });
  const next = route.replies.length > 1 ? route.replies.shift() : route.replies[0];
  const reply = typeof next === 'function' ? next(recorded) : (next ?? { status: 204 });
  return json(reply.status, reply.body);
}

function json(status: number, body: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => answer(new Request(input, init));
