import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formFieldCount } from '@/lib/elsa/forms';
import { ActivityCard } from './activity-card';
import type { ActivityNode } from './node-types';

function TaskNodeView({ data, selected }: NodeProps<ActivityNode>) {
  const fields = formFieldCount(data.activity);
  return (
    <ActivityCard kind="task" activity={data.activity} selected={selected}>
      {fields > 0 ? <p className="pf-node__line">Form: {fields} {fields === 1 ? 'question' : 'questions'}</p> : null}
    </ActivityCard>
  );
}

export const TaskNode = memo(TaskNodeView);
