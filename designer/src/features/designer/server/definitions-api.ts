import { api, unwrap, type Schemas } from '@/lib/api/client';
import type { JsonObject } from '@/lib/elsa/json';

export type DefinitionSummary = Schemas['DefinitionSummary'];
export type DefinitionDetail = Schemas['DefinitionDetail'];
export type DefinitionVersionSummary = Schemas['DefinitionVersionSummary'];
export type DefinitionProblem = Schemas['DefinitionProblem'];
export type TimelineEntry = Schemas['TimelineEntry'];

// The generated schema types a JSON object body as an opaque record; Elsa JSON is sent and read as it is.
const asBody = (definition: JsonObject) => definition as unknown as Schemas['JsonObject'];
export const definitionJson = (detail: DefinitionDetail) => detail.definition as unknown as JsonObject;

const path = (definitionId: string) => ({ path: { definitionId } });
// The server's ETag is the revision in quotes; If-Match with it makes a stale save a 409, not a lost edit.
const ifMatch = (revision: number | null) => (revision === null ? undefined : { 'If-Match': `"${String(revision)}"` });

export async function listDefinitions(): Promise<DefinitionSummary[]> {
  const page = await unwrap(api.GET('/api/workflow-definitions', { params: { query: { pageSize: 200 } } }));
  return page.items;
}

export function getDefinition(definitionId: string, version?: number): Promise<DefinitionDetail> {
  return unwrap(
    api.GET('/api/workflow-definitions/{definitionId}', {
      params: { ...path(definitionId), query: version === undefined ? undefined : { version } },
    }),
  );
}

export async function listVersions(definitionId: string): Promise<DefinitionVersionSummary[]> {
  const page = await unwrap(
    api.GET('/api/workflow-definitions/{definitionId}/versions', { params: { ...path(definitionId), query: { pageSize: 200 } } }),
  );
  return page.items;
}

export function createDefinition(definition: JsonObject): Promise<DefinitionDetail> {
  return unwrap(api.POST('/api/workflow-definitions', { body: asBody(definition) }));
}

export function saveDraft(definitionId: string, definition: JsonObject, revision: number | null): Promise<DefinitionDetail> {
  return unwrap(
    api.PUT('/api/workflow-definitions/{definitionId}', {
      params: { ...path(definitionId), header: ifMatch(revision) },
      body: asBody(definition),
    }),
  );
}

export function publishDraft(definitionId: string, versionNote: string, revision: number | null): Promise<DefinitionDetail> {
  return unwrap(
    api.POST('/api/workflow-definitions/{definitionId}/publish', {
      params: { ...path(definitionId), header: ifMatch(revision) },
      body: { versionNote },
    }),
  );
}

export async function validateDefinition(definition: JsonObject): Promise<DefinitionProblem[]> {
  const report = await unwrap(api.POST('/api/workflow-definitions/validate', { body: asBody(definition) }));
  return report.problems;
}

export function simulate(definitionId: string, day0: string, definition: JsonObject, signal?: AbortSignal): Promise<TimelineEntry[]> {
  return unwrap(
    api.POST('/api/workflow-definitions/{definitionId}/simulate', {
      params: path(definitionId),
      body: { day0, days: 400, version: null, pcnName: null, definition: asBody(definition) },
      signal,
    }),
  );
}
