import { estimateSize } from '@/nodes/node-size-estimate';
import type { WorkflowGraph } from './graph';
import type { LayoutBox, LayoutLink } from './quick-layout';

/**
 * Each step's box as it will be drawn (measured, or estimated from its text and ports before it is) and each
 * link with the rank of the port it leaves from. A layout that assumed one size for every card overlapped the
 * taller ones.
 */
export function layoutInput(graph: WorkflowGraph): { boxes: LayoutBox[]; links: LayoutLink[] } {
  const ports = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!edge.sourceHandle) continue;
    const list = ports.get(edge.source) ?? [];
    list.push(edge.sourceHandle);
    ports.set(edge.source, list);
  }
  const ranks = new Map<string, string[]>();
  const boxes = graph.nodes.map((node): LayoutBox => {
    const estimate = estimateSize(node.data.activity, ports.get(node.id));
    ranks.set(node.id, estimate.handles.filter((h) => h.type === 'source').map((h) => h.id ?? ''));
    return { id: node.id, width: node.measured?.width ?? estimate.width, height: node.measured?.height ?? estimate.height };
  });
  const links = graph.edges.map((edge): LayoutLink => ({
    source: edge.source,
    target: edge.target,
    portRank: Math.max(0, ranks.get(edge.source)?.indexOf(edge.sourceHandle ?? '') ?? 0),
  }));
  return { boxes, links };
}
