import type { ComponentType } from 'react';
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { ActivityKind } from '@/lib/elsa/activity-kinds';
import { nodeTypes } from '@/nodes/node-type-map';
import type { ActivityNodeData } from '@/nodes/node-types';
import { nodeStateLabels, type NodeState } from './node-state';

/** A diagram node with the instance's state for it: plain data, like the rest of a node's data. */
export type StateNodeData = ActivityNodeData & { state: NodeState };
export type StateNode = Node<StateNodeData, ActivityKind>;

// Each node type from @/nodes, framed in its state's colour and pattern with the state written on it.
function withState(Inner: ComponentType<NodeProps<StateNode>>) {
  function StateFrame(props: NodeProps<StateNode>) {
    const { state } = props.data;
    return (
      <div className={`pf-state pf-state--${state}`}>
        <span className="pf-state__badge">{nodeStateLabels[state]}</span>
        <Inner {...props} />
      </div>
    );
  }
  return memo(StateFrame);
}

function buildStateNodeTypes() {
  const types = {} as Record<ActivityKind, ComponentType<NodeProps<StateNode>>>;
  for (const kind of Object.keys(nodeTypes) as ActivityKind[]) {
    // A state node is an activity node with one more data field, so each inner node reads what it always did.
    types[kind] = withState(nodeTypes[kind] as ComponentType<NodeProps<StateNode>>);
  }
  return types;
}

/** Built once at module scope, as React Flow asks. */
export const stateNodeTypes = buildStateNodeTypes();
