import { create } from 'zustand';
import { useNodeProblems } from '@/nodes/node-problems';
import type { DefinitionDetail, DefinitionProblem } from './definitions-api';

/** What the last save or publish did, for the status line under the header. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; action: 'save' | 'publish' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; title: string; messages: string[] };

export interface ServerState {
  /** Null while the open definition has never been saved to the server (a file or a blank programme). */
  definitionId: string | null;
  version: number | null;
  revision: number | null;
  isPublished: boolean;
  /** The server's latest validation of what is on screen. */
  problems: DefinitionProblem[];
  status: SaveStatus;
}

export interface ServerActions {
  attach: (detail: DefinitionDetail) => void;
  detach: () => void;
  setProblems: (problems: DefinitionProblem[]) => void;
  setStatus: (status: SaveStatus) => void;
}

const initialState: ServerState = {
  definitionId: null,
  version: null,
  revision: null,
  isPublished: false,
  problems: [],
  status: { kind: 'idle' },
};

export const useServerStore = create<ServerState & ServerActions>()((set) => ({
  ...initialState,
  attach: (detail) => {
    set({
      definitionId: detail.definitionId,
      version: Number(detail.version),
      revision: Number(detail.revision),
      isPublished: detail.isPublished,
    });
  },
  detach: () => {
    set(initialState);
    useNodeProblems.getState().setProblems({});
  },
  setProblems: (problems) => {
    set({ problems });
    useNodeProblems.getState().setProblems(problemsByActivity(problems));
  },
  setStatus: (status) => {
    set({ status });
  },
}));

export function problemsByActivity(problems: readonly DefinitionProblem[]): Record<string, string[]> {
  const byActivity: Record<string, string[]> = {};
  for (const problem of problems) {
    if (problem.activityId === null) continue;
    (byActivity[problem.activityId] ??= []).push(problem.message);
  }
  return byActivity;
}
