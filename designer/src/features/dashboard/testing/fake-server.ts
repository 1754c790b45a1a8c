type Answer = { status?: number; body: unknown };
type Handler = (request: Request) => Promise<Response>;

// The typed client keeps the fetch it found when it was created, so a later vi.stubGlobal would not reach it.
// This module swaps in a forwarding fetch as it loads: import it before anything that imports the client.
let handler: Handler | null = null;
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  handler ? handler(input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init)) : realFetch(input, init);

/**
 * Stands in for the PcnFlow server at the network boundary: the typed client's fetch gets the JSON a real server
 * answered for "METHOD /path?query" (query optional; an exact match wins). Anything else is a 404 problem, so a
 * call the test did not expect fails loudly. Returns the requests made, for asserting what was asked.
 */
export function fakeServer(routes: Record<string, Answer>) {
  const requests: string[] = [];
  handler = (request) => {
    const url = new URL(request.url);
    const withQuery = `${request.method} ${url.pathname}${url.search}`;
    requests.push(withQuery);
    const answer = routes[withQuery] ?? routes[`${request.method} ${url.pathname}`];
    const status = answer?.status ?? (answer ? 200 : 404);
    const body = answer ? answer.body : { title: 'Not found', status: 404, detail: `No fake answer for ${withQuery}` };
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
      }),
    );
  };
  return requests;
}

/** Back to the real fetch, for afterEach. */
export function stopFakeServer() {
  handler = null;
}

export const ok = (body: unknown): Answer => ({ body });
export const problem = (status: number, title: string, detail: string): Answer => ({ status, body: { title, status, detail } });
