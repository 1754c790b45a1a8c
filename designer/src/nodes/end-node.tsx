import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function EndNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="end" activity={data.activity} selected={selected} />
  );
}

export const EndNode = memo(EndNodeView);
