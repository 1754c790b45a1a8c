import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function StartNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="start" activity={data.activity} selected={selected} />
  );
}

export const StartNode = memo(StartNodeView);
