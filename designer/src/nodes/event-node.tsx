import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function EventNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="event" activity={data.activity} selected={selected} />
  );
}

export const EventNode = memo(EventNodeView);
