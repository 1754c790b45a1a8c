import { ApiProblem } from '@/lib/api/client';
import type { JsonObject } from '@/lib/elsa/json';
import { graphToElsa } from '@/lib/graph/graph-to-elsa';
import { selectGraph, useDesignerStore } from '../store/designer-store';
import { createDefinition, publishDraft, saveDraft, type DefinitionDetail, type DefinitionProblem } from './definitions-api';
import { useServerStore, type SaveStatus } from './server-store';

export const serverName = (definitionId: string) => `the server (${definitionId})`;

/** The Elsa JSON of what is on screen, or null when nothing is open. */
export function currentDefinition(): JsonObject | null {
  const graph = selectGraph(useDesignerStore.getState());
  return graph ? graphToElsa(graph) : null;
}

/** A 400's errors are keyed by activity id, or by JSON path for problems with the programme as a whole. */
export function problemsFromApi(problem: ApiProblem, activityIds: ReadonlySet<string>): DefinitionProblem[] {
  return Object.entries(problem.errors).flatMap(([key, messages]) =>
    messages.map((message) => ({ activityId: activityIds.has(key) ? key : null, jsonPath: key, message, code: 'server' })),
  );
}

function failure(error: unknown, action: 'save' | 'create' | 'publish'): SaveStatus {
  const verb = action === 'publish' ? 'published' : 'saved';
  if (!(error instanceof ApiProblem)) {
    return { kind: 'failed', title: `The programme could not be ${verb}`, messages: [error instanceof Error ? error.message : String(error)] };
  }
  if (error.status === 409 && action === 'create') {
    return {
      kind: 'failed',
      title: 'A programme with this id is already on the server',
      messages: [error.detail ?? error.title, 'Open that programme from the list to change it, or change the definitionId in the file and import it again.'],
    };
  }
  if (error.status === 409) {
    return {
      kind: 'failed',
      title: 'Someone else saved this programme first',
      messages: [
        error.detail ?? error.title,
        'Your changes are still on screen. Export them to keep a copy, then reload the programme and make them again.',
      ],
    };
  }
  if (error.status === 400) {
    const ids = new Set(useDesignerStore.getState().nodes.map((n) => n.id));
    const problems = problemsFromApi(error, ids);
    if (problems.length > 0) useServerStore.getState().setProblems(problems);
    return { kind: 'failed', title: `The programme could not be ${verb}`, messages: [error.detail ?? 'Fix the problems listed below and try again.'] };
  }
  return { kind: 'failed', title: `The programme could not be ${verb}`, messages: error.messages };
}

/** Saves what is on screen as the draft: a new definition the first time, then PUT with the revision last seen. */
export async function saveDraftNow(): Promise<DefinitionDetail | null> {
  const server = useServerStore.getState();
  const before = useDesignerStore.getState();
  const json = currentDefinition();
  if (!json) return null;
  server.setStatus({ kind: 'busy', action: 'save' });
  const { definitionId, revision } = server;
  try {
    const detail =
      definitionId === null ? await createDefinition(json) : await saveDraft(definitionId, json, revision);
    server.attach(detail);
    const after = useDesignerStore.getState();
    // Edits made while the save was on its way are still unsaved.
    const unchanged = after.nodes === before.nodes && after.edges === before.edges;
    if (unchanged) after.markSaved(serverName(detail.definitionId));
    else useDesignerStore.setState({ sourceName: serverName(detail.definitionId) });
    server.setStatus({ kind: 'done', message: `Saved as draft version ${String(detail.version)}.` });
    return detail;
  } catch (error) {
    server.setStatus(failure(error, definitionId === null ? 'create' : 'save'));
    return null;
  }
}

/** Saves any changes, then publishes the draft with the lead's note. */
export async function publishNow(versionNote: string): Promise<DefinitionDetail | null> {
  const note = versionNote.trim();
  const server = useServerStore.getState();
  if (note === '') {
    server.setStatus({ kind: 'failed', title: 'Add a version note', messages: ['Say what changed in this version; the note shows in the version history.'] });
    return null;
  }
  const { dirty } = useDesignerStore.getState();
  if (!dirty && server.definitionId !== null && server.isPublished) {
    server.setStatus({ kind: 'failed', title: 'There is nothing new to publish', messages: [`Version ${String(server.version)} is already published. Make a change first.`] });
    return null;
  }
  if ((dirty || server.definitionId === null) && !(await saveDraftNow())) return null;
  const saved = useServerStore.getState();
  if (saved.definitionId === null) return null;
  saved.setStatus({ kind: 'busy', action: 'publish' });
  try {
    const detail = await publishDraft(saved.definitionId, note, saved.revision);
    saved.attach(detail);
    saved.setStatus({
      kind: 'done',
      message: `Published version ${String(detail.version)}. New programmes start on it; programmes already running stay on the version they started on.`,
    });
    return detail;
  } catch (error) {
    saved.setStatus(failure(error, 'publish'));
    return null;
  }
}
