import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function SignOffNodeView({ data, selected }: NodeProps<ActivityNode>) {
  return (
    <ActivityCard kind="sign-off" activity={data.activity} selected={selected} />
  );
}

export const SignOffNode = memo(SignOffNodeView);
