import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function GenericNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="generic" activity={data.activity} selected={selected} />
  );
}

export const GenericNode = memo(GenericNodeView);
