import type { ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ActivityKind } from '@/lib/elsa/activity-kinds';
import type { ActivityNode } from './node-types';
import { TaskNode } from './task-node';
import { SignOffNode } from './sign-off-node';
import { ReviewNode } from './review-node';
import { NotificationNode } from './notification-node';
import { DecisionNode } from './decision-node';
import { ForkNode } from './fork-node';
import { JoinNode } from './join-node';
import { DelayNode } from './delay-node';
import { EventNode } from './event-node';
import { ChildWorkflowNode } from './child-workflow-node';
import { StartNode } from './start-node';
import { EndNode } from './end-node';
import { GenericNode } from './generic-node';

/** Built once at module scope, as React Flow asks, so nodes are never re-created on render. */
export const nodeTypes: Record<ActivityKind, ComponentType<NodeProps<ActivityNode>>> = {
  'task': TaskNode,
  'sign-off': SignOffNode,
  'review': ReviewNode,
  'notification': NotificationNode,
  'decision': DecisionNode,
  'fork': ForkNode,
  'join': JoinNode,
  'delay': DelayNode,
  'event': EventNode,
  'child-workflow': ChildWorkflowNode,
  'start': StartNode,
  'end': EndNode,
  'generic': GenericNode,
};
