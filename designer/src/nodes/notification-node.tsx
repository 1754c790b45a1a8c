import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function NotificationNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="notification" activity={data.activity} selected={selected} />
  );
}

export const NotificationNode = memo(NotificationNodeView);
