/**
 * A stand-in for the PcnFlow server at the network boundary: tests install its `fetch` before the typed client
 * is imported (openapi-fetch keeps the fetch it was created with), answer routes with realistic bodies and read
 * back the requests the designer made.
 */
export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Route = { method: string; path: string | RegExp; reply: (request: SentRequest) => Reply | Promise<Reply> };

export interface FakeServer {
  fetch: typeof fetch;
  requests: SentRequest[];
  on: (method: string, path: string | RegExp, reply: Reply | ((request: SentRequest) => Reply | Promise<Reply>)) => void;
  sent: (method: string, path: string | RegExp) => SentRequest[];
  reset: () => void;
}

const matches = (route: Route, method: string, path: string) =>
  route.method === method && (typeof route.path === 'string' ? route.path === path : route.path.test(path));

export function createFakeServer(): FakeServer {
  let routes: Route[] = [];
  const requests: SentRequest[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const sent: SentRequest = {
      method: request.method,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: request.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    requests.push(sent);
    // The newest route wins, so a test can override an earlier answer.
    const route = [...routes].reverse().find((r) => matches(r, sent.method, sent.path));
    const reply: Reply = route ? await route.reply(sent) : { status: 404, body: { title: 'Not found', status: 404 } };
    const status = reply.status ?? 200;
    const problem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...reply.headers },
    });
  };
  return {
    fetch: fakeFetch,
    requests,
    on: (method, path, reply) => {
      routes.push({ method, path, reply: typeof reply === 'function' ? reply : () => reply });
    },
    sent: (method, path) => requests.filter((r) => matches({ method, path, reply: () => ({}) }, r.method, r.path)),
    reset: () => {
      routes = [];
      requests.length = 0;
    },
  };
}
