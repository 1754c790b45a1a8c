import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function ReviewNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="review" activity={data.activity} selected={selected} />
  );
}

export const ReviewNode = memo(ReviewNodeView);
