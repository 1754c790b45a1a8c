import { designerPosition, isElsaActivity, type Position } from '@/lib/elsa/activity';
import { kindOf } from '@/lib/elsa/activity-kinds';
import { ariaLabelFor } from '@/lib/elsa/describe';
import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '@/lib/elsa/json';
import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';
import { edgeFrom, readConnection } from './connections';
import type { ConnectionForm, WorkflowGraph } from './graph';

export class NotADefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotADefinitionError';
  }
}

/** Where a node without a stored position goes until auto-layout places it. */
function provisionalPosition(index: number): Position {
  return { x: (index % 6) * 280, y: Math.floor(index / 6) * 160 };
}

/**
 * Turns an Elsa workflow definition into the designer's graph. Nodes carry their activity JSON
 * verbatim (nested flowcharts included); only the root flowchart's activities become nodes.
 */
export function elsaToGraph(definitionJson: unknown): WorkflowGraph {
  if (!isJsonObject(definitionJson) || !isJsonObject(definitionJson.root)) {
    throw new NotADefinitionError('This file is not a workflow definition: it has no "root".');
  }
  const definition = cloneJson(definitionJson);
  const root = definition.root as JsonObject;
  const activities = root.activities;
  const editable = root.type === 'Elsa.Flowchart' && Array.isArray(activities);
  if (!editable) {
    return {
      meta: { definition, editable: false, connectionForm: 'nested', orphanConnections: [], hadConnectionsKey: false },
      nodes: [],
      edges: [],
    };
  }

  const nodes: ActivityNode[] = [];
  let missing = 0;
  for (const activity of activities) {
    if (!isElsaActivity(activity)) {
      throw new NotADefinitionError('An activity in this definition has no "id" or "type".');
    }
    const position = designerPosition(activity) ?? provisionalPosition(missing++);
    nodes.push({
      id: activity.id,
      type: kindOf(activity.type),
      position,
      ariaLabel: ariaLabelFor(activity),
      data: { activity, placedAt: position },
    });
  }

  const ids = new Set(nodes.map((n) => n.id));
  const connections: JsonValue[] = Array.isArray(root.connections) ? root.connections : [];
  const edges: ConnectionEdge[] = [];
  const taken = new Set<string>();
  const orphanConnections: { index: number; connection: JsonValue }[] = [];
  const forms: ConnectionForm[] = [];
  connections.forEach((connection, index) => {
    const read = readConnection(connection);
    if (!read || !ids.has(read.endpoints.source) || !ids.has(read.endpoints.target)) {
      orphanConnections.push({ index, connection });
      return;
    }
    forms.push(read.form);
    const edge = edgeFrom(read.endpoints, connection, taken);
    taken.add(edge.id);
    edges.push(edge);
  });

  const hadConnectionsKey = 'connections' in root;
  root.activities = [];
  if (hadConnectionsKey) root.connections = [];
  return {
    meta: { definition, editable, connectionForm: forms[0] ?? 'nested', orphanConnections, hadConnectionsKey },
    nodes,
    edges,
  };
}
