import { useMemo } from 'react';
import type { ElsaActivity } from '@/lib/elsa/activity';
import { kindOf } from '@/lib/elsa/activity-kinds';
import { summarise } from '@/lib/elsa/describe';
import type { ActivityNode } from '@/nodes/node-types';
import {
  ChildWorkflowPanel,
  DecisionPanel,
  DelayPanel,
  EventPanel,
  ForkPanel,
  GenericPanel,
  JoinPanel,
} from './flow-panels';
import { NotificationPanel } from './notification-panel';
import { panelContext } from './panel-context';
import type { PanelContext, PanelProps } from './panel-props';
import { ReviewPanel } from './review-panel';
import { SignOffPanel } from './sign-off-panel';
import { TaskPanel } from './task-panel';

function Panel({ context, ...props }: PanelProps & { context: PanelContext }) {
  switch (kindOf(props.activity.type)) {
    case 'task':
      return <TaskPanel {...props} context={context} />;
    case 'sign-off':
      return <SignOffPanel {...props} context={context} />;
    case 'review':
      return <ReviewPanel {...props} context={context} />;
    case 'notification':
      return <NotificationPanel {...props} />;
    case 'decision':
      return <DecisionPanel {...props} />;
    case 'fork':
      return <ForkPanel {...props} />;
    case 'join':
      return <JoinPanel {...props} />;
    case 'delay':
      return <DelayPanel {...props} />;
    case 'event':
      return <EventPanel {...props} />;
    case 'child-workflow':
      return <ChildWorkflowPanel {...props} />;
    default:
      return <GenericPanel {...props} />;
  }
}

interface InspectorProps {
  activity: ElsaActivity | null;
  nodes: readonly ActivityNode[];
  onChange: (activity: ElsaActivity, editKey?: string) => void;
  onRemove: (id: string) => void;
}

/** The settings of the chosen step, one panel per kind of step, in plain English. */
export function Inspector({ activity, nodes, onChange, onRemove }: InspectorProps) {
  const context = useMemo(() => panelContext(nodes), [nodes]);
  if (!activity) {
    return (
      <aside className="pf-inspector" aria-label="Step settings">
        <h2 className="nhsuk-heading-s">Step settings</h2>
        <p>Choose a step on the diagram or in the outline to change it.</p>
      </aside>
    );
  }
  const summary = summarise(activity);
  return (
    <aside className="pf-inspector" aria-label={`Settings for ${summary.title}`}>
      <span className="nhsuk-caption-m">{summary.kindLabel}</span>
      <h2 className="nhsuk-heading-s" id="inspector-heading" tabIndex={-1}>
        {summary.title}
      </h2>
      <Panel key={activity.id} activity={activity} onChange={onChange} context={context} />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
        onClick={() => {
          onRemove(activity.id);
        }}
      >
        Remove this step
      </button>
    </aside>
  );
}
