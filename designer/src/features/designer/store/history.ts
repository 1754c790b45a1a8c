import type { Fragment } from './graph-edits';

export interface History {
  past: Fragment[];
  future: Fragment[];
  /** Edits with the same key in a row (typing in one field) make one undo step. */
  lastKey: string | null;
}

const limit = 100;

export const emptyHistory: History = { past: [], future: [], lastKey: null };

export function record(history: History, current: Fragment, key: string | null = null): History {
  if (key !== null && key === history.lastKey) return history;
  return { past: [...history.past.slice(-(limit - 1)), current], future: [], lastKey: key };
}

export function undo(history: History, current: Fragment): { history: History; restored: Fragment } | null {
  const restored = history.past.at(-1);
  if (!restored) return null;
  return { restored, history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastKey: null } };
}

export function redo(history: History, current: Fragment): { history: History; restored: Fragment } | null {
  const [restored, ...future] = history.future;
  if (!restored) return null;
  return { restored, history: { past: [...history.past, current], future, lastKey: null } };
}
