import { displayText, type ElsaActivity } from './activity';
import { kindLabels, kindOf } from './activity-kinds';
import { describeDue, readDue } from './due';
import { readText, readStringList } from './inputs';
import { forkBranches } from './ports';
import { roleLabel } from './roles';

export interface ActivitySummary {
  title: string;
  kindLabel: string;
  /** Who does it, e.g. "Owner: Clinical Director". */
  owner?: string;
  /** When, in plain English. */
  due?: string;
  details: string[];
}

export function activityTitle(activity: ElsaActivity): string {
  return readText(activity, 'title') ?? displayText(activity) ?? kindLabels[kindOf(activity.type)];
}

const timeSpan = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})$/;

function describeTimeSpan(value: string | undefined): string | undefined {
  const match = value ? timeSpan.exec(value) : null;
  if (!match) return value;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const parts = [
    [Number(days), 'day'],
    [Number(hours), 'hour'],
    [Number(minutes), 'minute'],
    [Number(seconds), 'second'],
  ] as const;
  const words = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  return words.length > 0 ? words.join(' ') : 'no time';
}

function roles(activity: ElsaActivity, name: string): string {
  return (readStringList(activity, name) ?? []).map(roleLabel).join(', ');
}

/** What a step is, who owns it and when it is due, as the canvas and the outline show it. */
export function summarise(activity: ElsaActivity): ActivitySummary {
  const kind = kindOf(activity.type);
  const summary: ActivitySummary = { title: activityTitle(activity), kindLabel: kindLabels[kind], details: [] };
  const owner = readText(activity, 'ownerRole');
  switch (kind) {
    case 'task':
      if (owner) summary.owner = `Owner: ${roleLabel(owner)}`;
      summary.due = describeDue(readDue(activity));
      break;
    case 'sign-off': {
      const approver = readText(activity, 'approverRole');
      if (approver) summary.owner = `Signed off by: ${roleLabel(approver)}`;
      summary.due = describeDue(readDue(activity));
      break;
    }
    case 'review':
      if (owner) summary.owner = `Owner: ${roleLabel(owner)}`;
      summary.due = `Review on ${describeDue(readDue(activity, 'scheduledDay')).replace(/^Day/, 'day')}`;
      break;
    case 'notification':
      summary.owner = `To: ${roles(activity, 'to') || 'nobody yet'}`;
      break;
    case 'fork':
      summary.details.push(`Tracks: ${forkBranches(activity).join(', ') || 'none yet'}`);
      break;
    case 'join':
      summary.details.push(
        readText(activity, 'mode') === 'WaitAny' ? 'Continues when the first track arrives' : 'Waits for every track',
      );
      break;
    case 'delay':
      summary.details.push(`Waits ${describeTimeSpan(readText(activity, 'timeSpan')) ?? 'for a while'}`);
      break;
    case 'event':
      summary.details.push(`Waits for: ${readText(activity, 'eventName') ?? 'an event'}`);
      break;
    case 'child-workflow': {
      const child = readText(activity, 'workflowDefinitionId');
      summary.details.push(`Starts: ${child || 'a programme (not chosen yet)'}`);
      break;
    }
    case 'generic':
      summary.details.push(`Elsa step: ${activity.type.replace(/^Elsa\./, '')}`);
      break;
    default:
      break;
  }
  return summary;
}

export function ariaLabelFor(activity: ElsaActivity): string {
  const s = summarise(activity);
  return [`${s.kindLabel}: ${s.title}`, s.owner, s.due, ...s.details].filter(Boolean).join('. ');
}
