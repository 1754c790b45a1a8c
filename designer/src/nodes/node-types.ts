import type { Edge, Node } from '@xyflow/react';
import type { ActivityKind } from '@/lib/elsa/activity-kinds';
import type { ElsaActivity, Position } from '@/lib/elsa/activity';
import type { JsonValue } from '@/lib/elsa/json';

/**
 * A node carries its activity's JSON verbatim. `placedAt` is where the node was put when the
 * definition was opened (null for new nodes): a node still there has not been moved, so its
 * stored position is left alone when saving.
 */
export type ActivityNodeData = {
  activity: ElsaActivity;
  placedAt: Position | null;
};

export type ActivityNode = Node<ActivityNodeData, ActivityKind>;

/** An edge keeps the connection JSON it came from, so an unchanged connection is written back as it was. */
export type ConnectionEdgeData = {
  connection: JsonValue | null;
};

export type ConnectionEdge = Edge<ConnectionEdgeData>;
