import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function ForkNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="fork" activity={data.activity} selected={selected} />
  );
}

export const ForkNode = memo(ForkNodeView);
