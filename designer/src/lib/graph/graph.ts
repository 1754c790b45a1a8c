import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';
import type { JsonObject, JsonValue } from '@/lib/elsa/json';

export type ConnectionForm = 'nested' | 'flat';

export interface GraphMeta {
  /** The definition with the root flowchart's activities and connections emptied. */
  definition: JsonObject;
  /** False when the root is not a flowchart: the definition is then kept whole and read-only. */
  editable: boolean;
  connectionForm: ConnectionForm;
  /** Connections whose activities are missing, kept where they were so nothing is lost. */
  orphanConnections: { index: number; connection: JsonValue }[];
  hadConnectionsKey: boolean;
}

export interface WorkflowGraph {
  meta: GraphMeta;
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
}
