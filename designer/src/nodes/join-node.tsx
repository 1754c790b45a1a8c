import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function JoinNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="join" activity={data.activity} selected={selected} />
  );
}

export const JoinNode = memo(JoinNodeView);
