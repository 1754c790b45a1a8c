import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function TaskNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="task" activity={data.activity} selected={selected} />
  );
}

export const TaskNode = memo(TaskNodeView);
