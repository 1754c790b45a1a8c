import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { ActivityNode } from '@/nodes/node-types';
import type { Fragment } from './graph-edits';
import { record, type History } from './history';

interface NodeChangeState extends Fragment {
  history: History;
  dragging: boolean;
  selectedId: string | null;
  dirty: boolean;
}

/**
 * Applies React Flow's node changes. A mouse drag is one undo step (recorded when it starts);
 * arrow-key moves in a row are one step too. Selection and measuring are not undoable.
 */
export function applyNodeChangesWithHistory(
  state: NodeChangeState,
  changes: NodeChange<ActivityNode>[],
): Omit<NodeChangeState, 'edges'> {
  const moves = changes.filter((c) => c.type === 'position' && c.position);
  const starting = moves.some((c) => c.type === 'position' && c.dragging === true) && !state.dragging;
  const keyboardMove = moves.length > 0 && !state.dragging && !starting;
  const ending = moves.some((c) => c.type === 'position' && c.dragging === false) && state.dragging;
  const history =
    starting || keyboardMove
      ? record(state.history, { nodes: state.nodes, edges: state.edges }, keyboardMove ? 'keyboard-move' : null)
      : state.history;
  const nodes = applyNodeChanges(changes, state.nodes);
  const selectedId = changes.some((c) => c.type === 'select') ? (nodes.find((n) => n.selected)?.id ?? null) : state.selectedId;
  return {
    nodes,
    history,
    selectedId,
    dragging: starting ? true : ending ? false : state.dragging,
    dirty: state.dirty || moves.length > 0,
  };
}

/**
 * A step saved before React Flow measured it comes back from undo unmeasured, and React Flow would fall back to
 * its estimated size; a card showing the same activity is the same size, so its measurement carries over.
 */
export function keepMeasurements(restored: ActivityNode[], current: readonly ActivityNode[]): ActivityNode[] {
  const measured = new Map(current.filter((n) => n.measured).map((n) => [n.id, n]));
  return restored.map((n) => {
    const now = measured.get(n.id);
    return !n.measured && now?.data.activity === n.data.activity ? { ...n, measured: now.measured } : n;
  });
}
