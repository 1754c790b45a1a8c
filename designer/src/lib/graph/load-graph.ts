import { designerPosition } from '@/lib/elsa/activity';
import { layoutGraph } from './auto-layout';
import { elsaToGraph } from './elsa-to-graph';
import type { WorkflowGraph } from './graph';

/** Reads a definition and lays out any activity that has no stored position. */
export async function loadGraph(definitionJson: unknown): Promise<WorkflowGraph> {
  const graph = elsaToGraph(definitionJson);
  const missing = new Set(graph.nodes.filter((n) => designerPosition(n.data.activity) === null).map((n) => n.id));
  return layoutGraph(graph, 'missing-positions', missing);
}
