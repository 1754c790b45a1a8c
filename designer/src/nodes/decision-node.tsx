import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function DecisionNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="decision" activity={data.activity} selected={selected} />
  );
}

export const DecisionNode = memo(DecisionNodeView);
