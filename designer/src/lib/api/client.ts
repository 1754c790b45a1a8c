/**
 * The typed client every feature uses to call the server. Types come from `schema.ts`, generated from the
 * server's OpenAPI document (`npm run api-types`); test.sh fails if they fall out of date.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { ApiProblem, toApiProblem } from './problem';

export type Schemas = components['schemas'];
export { ApiProblem };

// The server refuses cookie-signed-in writes without this header (its cross-site request guard).
const requestedWith: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Requested-With', 'PcnFlow');
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(requestedWith);

/**
 * Turns an openapi-fetch result into its data, or throws an {@link ApiProblem} carrying the server's RFC 9457
 * problem details (title, detail and per-field errors) so forms can show them beside the fields.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiProblem(0, 'The PcnFlow server could not be reached', 'Check your connection and try again.', {});
  }
  if (result.response.ok) return result.data as T;
  throw toApiProblem(result.response.status, result.error);
}
