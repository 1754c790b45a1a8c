import { create } from 'zustand';

interface NodeProblemsState {
  /** Validation messages keyed by activity id; kept out of node.data so nodes stay plain definition JSON. */
  byActivity: Readonly<Record<string, readonly string[]>>;
  setProblems: (byActivity: Readonly<Record<string, readonly string[]>>) => void;
}

export const useNodeProblems = create<NodeProblemsState>()((set) => ({
  byActivity: {},
  setProblems: (byActivity) => {
    set({ byActivity });
  },
}));

const none: readonly string[] = [];

/** The problems of one activity; a node re-renders only when its own list changes. */
export function useActivityProblems(activityId: string): readonly string[] {
  return useNodeProblems((s) => s.byActivity[activityId] ?? none);
}

export function problemsLabel(count: number): string {
  return count === 1 ? 'Has 1 problem' : `Has ${String(count)} problems`;
}
