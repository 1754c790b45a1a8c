import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '@/lib/api/schema';
import { toApiProblem } from '@/lib/api/problem';
import { demoPassword, type RunningServer } from './server';

export type ApiClient = Client<paths>;

/**
 * A typed API client (the same openapi-fetch client and generated types the app uses) signed in as EMAIL with
 * a bearer token, for arranging data before a browser test and checking it afterwards:
 *
 *   const lead = await apiAs(server, demoUsers.lead);
 *   const tasks = await unwrap(lead.GET('/api/tasks', { params: { query: { state: 'Open' } } }));
 */
export async function apiAs(server: RunningServer, email: string, password: string = demoPassword): Promise<ApiClient> {
  const response = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Signing in ${email} over the API answered ${String(response.status)}: ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return createClient<paths>({
    baseUrl: server.baseUrl,
    // The header is only required of cookie sign-ins; sending it keeps requests identical to the app's.
    headers: { Authorization: `Bearer ${accessToken}`, 'X-Requested-With': 'PcnFlow' },
  });
}

/**
 * The session cookie header for EMAIL, signed in as the browser app does (POST /api/auth/login?useCookies=true).
 * Send it with `X-Requested-With` on writes. Use {@link apiAs} unless the cookie itself is under test.
 */
export async function signInCookie(server: RunningServer, email: string, password: string = demoPassword): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/auth/login?useCookies=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'PcnFlow' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Signing in ${email} with a cookie answered ${String(response.status)}.`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** The data of an openapi-fetch call, or throws an ApiProblem with the server's problem details. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const result = await call;
  if (result.response.ok) return result.data as T;
  throw toApiProblem(result.response.status, result.error);
}
