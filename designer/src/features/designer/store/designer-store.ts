import { applyEdgeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { ElsaActivity, Position } from '@/lib/elsa/activity';
import { kindOf } from '@/lib/elsa/activity-kinds';
import { writeText } from '@/lib/elsa/inputs';
import { ariaLabelFor } from '@/lib/elsa/describe';
import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';
import type { GraphMeta, WorkflowGraph } from '@/lib/graph/graph';
import { freshId, newActivity } from '../palette/palette-entries';
import * as edits from './graph-edits';
import { emptyHistory, record, redo, undo, type History } from './history';
import { applyNodeChangesWithHistory, keepMeasurements } from './node-changes';

export interface DesignerState {
  meta: GraphMeta | null;
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
  /** The step shown in the inspector. */
  selectedId: string | null;
  sourceName: string;
  dirty: boolean;
  history: History;
  clipboard: edits.Fragment | null;
  dragging: boolean;
  /** elkjs is still working out a better layout for steps the quick layout placed on opening. */
  arranging: boolean;
}

export interface DesignerActions {
  /** Opens a graph; `arranging` says elkjs is laying out some of its steps and `arranged` will follow. */
  load: (graph: WorkflowGraph, sourceName: string, arranging?: boolean) => void;
  /**
   * elkjs's positions for the steps the quick layout placed when META was opened (null if it failed). They are
   * part of opening, not an edit: no undo step and no unsaved change, and they are dropped if the lead has
   * already started editing (their undo steps hold the quick positions) or opened something else.
   */
  arranged: (meta: GraphMeta, positions: ReadonlyMap<string, Position> | null) => void;
  changeNodes: (changes: NodeChange<ActivityNode>[]) => void;
  changeEdges: (changes: EdgeChange<ConnectionEdge>[]) => void;
  connect: (connection: Connection) => void;
  addActivity: (type: string, options?: AddOptions) => string;
  updateActivity: (activity: ElsaActivity, editKey?: string) => void;
  remove: (nodeIds: string[], edgeIds?: string[]) => void;
  deleteSelection: () => void;
  copySelection: () => void;
  paste: () => void;
  undo: () => void;
  redo: () => void;
  select: (id: string | null) => void;
  setNextStep: (source: string, port: string, target: string | null) => void;
  swapOrder: (a: string, b: string) => void;
  placeNodes: (positions: ReadonlyMap<string, Position>) => void;
  /** Clears the unsaved-changes flag; saving to the server also renames where the definition came from. */
  markSaved: (sourceName?: string) => void;
  reset: () => void;
}

export interface AddOptions {
  position?: Position;
  /** Put the new step just after this one in the list (the outline's order). */
  afterId?: string;
  stage?: string;
}

export type DesignerStore = DesignerState & DesignerActions;

const initialState: DesignerState = {
  meta: null,
  nodes: [],
  edges: [],
  selectedId: null,
  sourceName: '',
  dirty: false,
  history: emptyHistory,
  clipboard: null,
  dragging: false,
  arranging: false,
};

export const useDesignerStore = create<DesignerStore>()((set, get) => {
  /** Applies an edit to the graph as one undo step. */
  const edit = (change: (state: DesignerState) => Partial<DesignerState>, key: string | null = null) => {
    set((state) => ({
      history: record(state.history, { nodes: state.nodes, edges: state.edges }, key),
      dirty: true,
      ...change(state),
    }));
  };
  const restore = (step: ReturnType<typeof undo>) => {
    if (!step) return;
    set((state) => ({
      ...step.restored,
      nodes: keepMeasurements(step.restored.nodes, state.nodes),
      history: step.history,
      dirty: true,
      selectedId: step.restored.nodes.some((n) => n.id === state.selectedId) ? state.selectedId : null,
    }));
  };

  return {
    ...initialState,
    load: (graph, sourceName, arranging = false) => {
      set({ ...initialState, meta: graph.meta, nodes: graph.nodes, edges: graph.edges, sourceName, arranging });
    },
    arranged: (meta, positions) => {
      const state = get();
      if (state.meta !== meta || !state.arranging) return;
      const untouched = !state.dirty && state.history.past.length === 0;
      set({ arranging: false, nodes: positions && untouched ? edits.placeAsOpened(state.nodes, positions) : state.nodes });
    },
    changeNodes: (changes) => {
      set(applyNodeChangesWithHistory(get(), changes));
    },
    changeEdges: (changes) => {
      const removing = changes.some((c) => c.type === 'remove');
      if (removing) edit((state) => ({ edges: applyEdgeChanges(changes, state.edges) }));
      else set((state) => ({ edges: applyEdgeChanges(changes, state.edges) }));
    },
    connect: (connection) => {
      edit((state) => ({ edges: edits.connectEdges(state.edges, connection) }));
    },
    addActivity: (type, options = {}) => {
      const state = get();
      const id = freshId(type, new Set(state.nodes.map((n) => n.id)));
      const anchor = state.nodes.find((n) => n.id === options.afterId) ?? state.nodes.at(-1);
      const at = options.position ?? (anchor ? { x: anchor.position.x + 300, y: anchor.position.y + 60 } : { x: 0, y: 0 });
      const created = newActivity(type, id);
      const staged = options.stage !== undefined && ['task', 'sign-off', 'review'].includes(kindOf(type));
      const activity = staged ? writeText(created, 'stage', options.stage ?? '') : created;
      const node: ActivityNode = {
        id,
        type: kindOf(type),
        position: at,
        selected: true,
        ariaLabel: ariaLabelFor(activity),
        data: { activity, placedAt: null },
      };
      edit((s) => {
        const nodes = edits.selectOnly(s.nodes, null);
        const index = options.afterId ? nodes.findIndex((n) => n.id === options.afterId) + 1 : nodes.length;
        return { nodes: [...nodes.slice(0, index || nodes.length), node, ...nodes.slice(index || nodes.length)], selectedId: id };
      });
      return id;
    },
    updateActivity: (activity, editKey) => {
      edit(
        (state) => ({
          nodes: state.nodes.map((n) => (n.id === activity.id ? { ...n, ariaLabel: ariaLabelFor(activity), data: { ...n.data, activity } } : n)),
        }),
        editKey ? `${activity.id}:${editKey}` : null,
      );
    },
    remove: (nodeIds, edgeIds = []) => {
      if (nodeIds.length === 0 && edgeIds.length === 0) return;
      edit((state) => ({
        ...edits.removeElements(state, new Set(nodeIds), new Set(edgeIds)),
        selectedId: nodeIds.includes(state.selectedId ?? '') ? null : state.selectedId,
      }));
    },
    deleteSelection: () => {
      const { nodes, edges, remove } = get();
      remove(nodes.filter((n) => n.selected).map((n) => n.id), edges.filter((e) => e.selected).map((e) => e.id));
    },
    copySelection: () => {
      const fragment = edits.selectedFragment(get());
      if (fragment.nodes.length > 0) set({ clipboard: fragment });
    },
    paste: () => {
      const { clipboard } = get();
      if (!clipboard) return;
      edit((state) => {
        const next = edits.pasteFragment(state, clipboard);
        return { ...next, selectedId: next.nodes.at(-1)?.id ?? null };
      });
    },
    undo: () => {
      const state = get();
      restore(undo(state.history, { nodes: state.nodes, edges: state.edges }));
    },
    redo: () => {
      const state = get();
      restore(redo(state.history, { nodes: state.nodes, edges: state.edges }));
    },
    select: (id) => {
      set((state) => ({ selectedId: id, nodes: edits.selectOnly(state.nodes, id) }));
    },
    setNextStep: (source, port, target) => {
      edit((state) => ({ edges: edits.setNextStep(state.edges, source, port, target) }));
    },
    swapOrder: (a, b) => {
      edit((state) => ({ nodes: edits.swapNodes(state.nodes, a, b) }));
    },
    placeNodes: (positions) => {
      edit((state) => ({ nodes: state.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) }));
    },
    markSaved: (sourceName) => {
      set(sourceName === undefined ? { dirty: false } : { dirty: false, sourceName });
    },
    reset: () => {
      set(initialState);
    },
  };
});

export function selectGraph(state: DesignerState): WorkflowGraph | null {
  return state.meta ? { meta: state.meta, nodes: state.nodes, edges: state.edges } : null;
}
