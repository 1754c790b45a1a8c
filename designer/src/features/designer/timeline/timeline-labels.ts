import type { BarKind, MarkerKind } from './timeline-model';

export const barLabels: Record<BarKind, string> = { task: 'Task', 'sign-off': 'Sign-off', review: 'Review' };
export const markerLabels: Record<MarkerKind, string> = { reminder: 'Reminder', escalation: 'Escalation', notification: 'Notification' };
