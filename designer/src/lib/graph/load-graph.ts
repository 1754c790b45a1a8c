import { designerPosition } from '@/lib/elsa/activity';
import { layoutGraph, quickLayoutGraph } from './auto-layout';
import { elsaToGraph } from './elsa-to-graph';
import type { WorkflowGraph } from './graph';

export interface ReadGraph {
  /** The definition as a graph, with every activity that has no stored position placed by the quick layout. */
  graph: WorkflowGraph;
  /** The activities that had no stored position: elkjs may place them better (see arrangeGraph). */
  unplaced: ReadonlySet<string>;
}

/** Reads a definition and places any activity without a stored position at once, so it can be drawn straight away. */
export function readGraph(definitionJson: unknown): ReadGraph {
  const read = elsaToGraph(definitionJson);
  const unplaced = new Set(read.nodes.filter((n) => designerPosition(n.data.activity) === null).map((n) => n.id));
  return { graph: quickLayoutGraph(read, 'missing-positions', unplaced), unplaced };
}

/** elkjs's layout of the unplaced activities of a read graph; the same graph when there are none. */
export function arrangeGraph({ graph, unplaced }: ReadGraph): Promise<WorkflowGraph> {
  return layoutGraph(graph, 'missing-positions', unplaced);
}

/**
 * Reads a definition and lays out any activity that has no stored position with elkjs, keeping the quick layout
 * if elkjs fails: the same path the designer takes, for views (the dashboard's instance diagram) that draw once.
 */
export async function loadGraph(definitionJson: unknown): Promise<WorkflowGraph> {
  const read = readGraph(definitionJson);
  return arrangeGraph(read).catch(() => read.graph);
}
