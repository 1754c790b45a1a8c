import type { ActivityNode } from '@/nodes/node-types';
import { runElk } from './elk-loader';
import type { WorkflowGraph } from './graph';
const defaultSize = { width: 240, height: 110 };

export type LayoutScope = 'all' | 'missing-positions';

/**
 * Lays the flowchart out left to right with elkjs. With 'missing-positions' only nodes that had no
 * stored position move, and they count as placed (not moved), so saving leaves them unwritten.
 */
export async function layoutGraph(graph: WorkflowGraph, scope: LayoutScope, missingIds?: ReadonlySet<string>) {
  if (scope === 'missing-positions' && (!missingIds || missingIds.size === 0)) return graph;
  const result = await runElk({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: graph.nodes.map((node) => ({
      id: node.id,
      width: node.measured?.width ?? defaultSize.width,
      height: node.measured?.height ?? defaultSize.height,
    })),
    edges: graph.edges.map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  });
  const placed = new Map((result.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
  const nodes = graph.nodes.map((node): ActivityNode => {
    const position = placed.get(node.id);
    if (!position) return node;
    if (scope === 'all') return { ...node, position };
    if (!missingIds?.has(node.id)) return node;
    return { ...node, position, data: { ...node.data, placedAt: position } };
  });
  return { ...graph, nodes };
}
