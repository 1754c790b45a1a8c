/**
 * The one place the front end talks to the server. Typed by hand for now; these types are to be
 * generated from the server's OpenAPI document (openapi-typescript) once it publishes one.
 */
import { signalSignedOut } from './session/signed-out-signal';

export interface WorkflowDefinitionSummary {
  definitionId: string;
  name: string;
  version?: number;
  isPublished?: boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function getJson(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'The PcnFlow server could not be reached.');
  }
  if (response.status === 401) {
    signalSignedOut();
    throw new ApiError(401, 'Please sign in again.');
  }
  if (response.status === 404) throw new ApiError(404, 'That programme was not found on the server.');
  if (!response.ok) throw new ApiError(response.status, `The server answered ${String(response.status)} ${response.statusText}.`);
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) throw new ApiError(response.status, 'The server did not answer with JSON.');
  return response.json();
}

function isSummary(value: unknown): value is WorkflowDefinitionSummary {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return typeof item.definitionId === 'string' && typeof item.name === 'string';
}

/** GET /api/workflow-definitions: a list, or a page with `items`. */
export async function listWorkflowDefinitions(): Promise<WorkflowDefinitionSummary[]> {
  const body = await getJson('/workflow-definitions');
  const items = Array.isArray(body) ? body : (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.filter(isSummary) : [];
}

/** GET /api/workflow-definitions/{id}: the definition's Elsa JSON. */
export async function getWorkflowDefinition(definitionId: string): Promise<unknown> {
  return getJson(`/workflow-definitions/${encodeURIComponent(definitionId)}`);
}
