import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function ChildWorkflowNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="child-workflow" activity={data.activity} selected={selected} />
  );
}

export const ChildWorkflowNode = memo(ChildWorkflowNodeView);
