import type { Position } from '@/lib/elsa/activity';
import type { ActivityNode } from '@/nodes/node-types';
import { runElk } from './elk-loader';
import type { WorkflowGraph } from './graph';
import { layoutInput } from './layout-sizes';
import { quickLayout } from './quick-layout';

export type LayoutScope = 'all' | 'missing-positions';

/**
 * Puts the laid-out positions on the graph. With 'missing-positions' only nodes that had no stored position move,
 * and they count as placed (not moved), so saving leaves them unwritten.
 */
function place(graph: WorkflowGraph, placed: ReadonlyMap<string, Position>, scope: LayoutScope, missingIds?: ReadonlySet<string>): WorkflowGraph {
  const nodes = graph.nodes.map((node): ActivityNode => {
    const position = placed.get(node.id);
    if (!position) return node;
    if (scope === 'all') return { ...node, position };
    if (!missingIds?.has(node.id)) return node;
    return { ...node, position, data: { ...node.data, placedAt: position } };
  });
  return { ...graph, nodes };
}

const nothingToDo = (scope: LayoutScope, missingIds?: ReadonlySet<string>) => scope === 'missing-positions' && (!missingIds || missingIds.size === 0);

/** Lays the flowchart out left to right at once, with our own quick layered layout (see quickLayout). */
export function quickLayoutGraph(graph: WorkflowGraph, scope: LayoutScope, missingIds?: ReadonlySet<string>): WorkflowGraph {
  if (nothingToDo(scope, missingIds)) return graph;
  const { boxes, links } = layoutInput(graph);
  return place(graph, quickLayout(boxes, links), scope, missingIds);
}

/** Lays the flowchart out left to right with elkjs: tidier than the quick layout, but a second or more for big programmes. */
export async function layoutGraph(graph: WorkflowGraph, scope: LayoutScope, missingIds?: ReadonlySet<string>): Promise<WorkflowGraph> {
  if (nothingToDo(scope, missingIds)) return graph;
  const { boxes, links } = layoutInput(graph);
  const result = await runElk({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: boxes,
    edges: links.map((link, i) => ({ id: graph.edges[i]?.id ?? String(i), sources: [link.source], targets: [link.target] })),
  });
  const placed = new Map((result.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
  return place(graph, placed, scope, missingIds);
}
