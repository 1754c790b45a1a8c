import { withDesignerPosition, type ElsaActivity } from '@/lib/elsa/activity';
import { cloneJson, type JsonObject, type JsonValue } from '@/lib/elsa/json';
import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';
import { edgeEndpoints, readConnection, sameEndpoints, writeConnection } from './connections';
import type { GraphMeta, WorkflowGraph } from './graph';

export function wasMoved(node: ActivityNode): boolean {
  const placed = node.data.placedAt;
  return placed === null || placed.x !== node.position.x || placed.y !== node.position.y;
}

function activityOf(node: ActivityNode): ElsaActivity {
  const activity = node.data.activity.id === node.id ? node.data.activity : { ...node.data.activity, id: node.id };
  if (!wasMoved(node)) return activity;
  return withDesignerPosition(activity, { x: Math.round(node.position.x), y: Math.round(node.position.y) });
}

function connectionOf(edge: ConnectionEdge, meta: GraphMeta): JsonValue {
  const endpoints = edgeEndpoints(edge);
  const original = edge.data?.connection ?? null;
  if (original !== null) {
    const read = readConnection(original);
    if (read && sameEndpoints(read.endpoints, endpoints)) return original;
  }
  return writeConnection(endpoints, meta.connectionForm);
}

/** Turns the designer's graph back into Elsa JSON; an unedited graph gives back exactly what was read. */
export function graphToElsa(graph: WorkflowGraph): JsonObject {
  const definition = cloneJson(graph.meta.definition);
  if (!graph.meta.editable) return definition;
  const root = definition.root as JsonObject;
  root.activities = graph.nodes.map(activityOf);

  const connections: JsonValue[] = graph.edges.map((edge) => connectionOf(edge, graph.meta));
  for (const orphan of graph.meta.orphanConnections) {
    connections.splice(Math.min(orphan.index, connections.length), 0, orphan.connection);
  }
  if (graph.meta.hadConnectionsKey || connections.length > 0) root.connections = connections;
  return definition;
}
