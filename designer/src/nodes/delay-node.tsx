import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function DelayNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="delay" activity={data.activity} selected={selected} />
  );
}

export const DelayNode = memo(DelayNodeView);
