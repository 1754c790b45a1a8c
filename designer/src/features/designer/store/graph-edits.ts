import type { Connection } from '@xyflow/react';
import { cloneJson } from '@/lib/elsa/json';
import type { Position } from '@/lib/elsa/activity';
import { defaultInputPort, defaultOutputPort } from '@/lib/elsa/ports';
import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';
import { edgeEndpoints, edgeFrom, sameEndpoints, type Endpoints } from '@/lib/graph/connections';
import { freshId } from '../palette/palette-entries';

export interface Fragment {
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
}

export function connectEdges(edges: ConnectionEdge[], connection: Connection): ConnectionEdge[] {
  const endpoints: Endpoints = {
    source: connection.source,
    target: connection.target,
    sourcePort: connection.sourceHandle ?? defaultOutputPort,
    targetPort: connection.targetHandle ?? defaultInputPort,
  };
  if (edges.some((edge) => sameEndpoints(edgeEndpoints(edge), endpoints))) return edges;
  return [...edges, edgeFrom(endpoints, null, new Set(edges.map((e) => e.id)))];
}

/** Removes nodes and edges, and every edge left without both ends. */
export function removeElements(graph: Fragment, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Fragment {
  return {
    nodes: graph.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: graph.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

export function selectedFragment(graph: Fragment): Fragment {
  const nodes = graph.nodes.filter((n) => n.selected);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** Copies a fragment into the graph with fresh ids, offset so the copy is visible; the copy is selected. */
export function pasteFragment(graph: Fragment, fragment: Fragment, offset = 40): Fragment {
  const taken = new Set(graph.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  const pasted = fragment.nodes.map((node): ActivityNode => {
    const id = freshId(node.data.activity.type, taken);
    taken.add(id);
    renamed.set(node.id, id);
    const position = { x: node.position.x + offset, y: node.position.y + offset };
    return {
      id,
      type: node.type,
      position,
      selected: true,
      ariaLabel: node.ariaLabel,
      data: { activity: { ...cloneJson(node.data.activity), id }, placedAt: null },
    };
  });
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const edges = fragment.edges.flatMap((edge) => {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (!source || !target) return [];
    const copy = edgeFrom({ ...edgeEndpoints(edge), source, target }, null, edgeIds);
    edgeIds.add(copy.id);
    return [copy];
  });
  return {
    nodes: [...graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted],
    edges: [...graph.edges, ...edges],
  };
}

/** Points one output port at a single next step, or at none. */
export function setNextStep(edges: ConnectionEdge[], source: string, port: string, target: string | null): ConnectionEdge[] {
  const kept = edges.filter((e) => !(e.source === source && (e.sourceHandle ?? defaultOutputPort) === port));
  if (target === null) return kept;
  const existing = edges.find((e) => e.source === source && e.sourceHandle === port && e.target === target);
  if (existing) return [...kept, existing];
  return connectEdges(kept, { source, target, sourceHandle: port, targetHandle: defaultInputPort });
}

export function swapNodes(nodes: ActivityNode[], a: string, b: string): ActivityNode[] {
  const i = nodes.findIndex((n) => n.id === a);
  const j = nodes.findIndex((n) => n.id === b);
  const first = nodes[i];
  const second = nodes[j];
  if (!first || !second) return nodes;
  const next = [...nodes];
  next[i] = second;
  next[j] = first;
  return next;
}

export function selectOnly(nodes: ActivityNode[], id: string | null): ActivityNode[] {
  return nodes.map((n) => {
    const selected = n.id === id;
    return (n.selected ?? false) === selected ? n : { ...n, selected };
  });
}

/** Moves nodes to POSITIONS as if they had been opened there: placed, not moved, so saving leaves them unwritten. */
export function placeAsOpened(nodes: ActivityNode[], positions: ReadonlyMap<string, Position>): ActivityNode[] {
  return nodes.map((node) => {
    const position = positions.get(node.id);
    return position ? { ...node, position, data: { ...node.data, placedAt: position } } : node;
  });
}
