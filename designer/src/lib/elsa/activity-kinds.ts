/** The kinds of step the designer draws differently; each has one custom node. */
export type ActivityKind =
  | 'task'
  | 'sign-off'
  | 'review'
  | 'notification'
  | 'decision'
  | 'fork'
  | 'join'
  | 'delay'
  | 'event'
  | 'child-workflow'
  | 'start'
  | 'end'
  | 'generic';

const kindsByType: Record<string, ActivityKind> = {
  'PcnFlow.HumanTask': 'task',
  'PcnFlow.SignOff': 'sign-off',
  'PcnFlow.Review': 'review',
  'PcnFlow.SendNotification': 'notification',
  'Elsa.FlowDecision': 'decision',
  'Elsa.FlowFork': 'fork',
  'Elsa.FlowJoin': 'join',
  'Elsa.Delay': 'delay',
  'Elsa.Timer': 'delay',
  'Elsa.StartAt': 'delay',
  'Elsa.Event': 'event',
  'Elsa.PublishEvent': 'event',
  'Elsa.ExecuteWorkflow': 'child-workflow',
  'Elsa.DispatchWorkflow': 'child-workflow',
  'Elsa.Start': 'start',
  'Elsa.End': 'end',
};

export function kindOf(type: string): ActivityKind {
  return kindsByType[type] ?? 'generic';
}

export const kindLabels: Record<ActivityKind, string> = {
  task: 'Task',
  'sign-off': 'Sign-off',
  review: 'Review',
  notification: 'Notification',
  decision: 'Decision',
  fork: 'Parallel tracks',
  join: 'Join',
  delay: 'Wait',
  event: 'Event',
  'child-workflow': 'Child programme',
  start: 'Start',
  end: 'End',
  generic: 'Step',
};
