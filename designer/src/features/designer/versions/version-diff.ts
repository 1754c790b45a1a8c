import { isElsaActivity, type ElsaActivity } from '@/lib/elsa/activity';
import { kindLabels, kindOf } from '@/lib/elsa/activity-kinds';
import { activityTitle } from '@/lib/elsa/describe';
import { describeDue, readDue } from '@/lib/elsa/due';
import { readStringList, readText } from '@/lib/elsa/inputs';
import { isJsonObject, type JsonObject, type JsonValue } from '@/lib/elsa/json';
import { describeReminder } from '@/lib/elsa/reminders';
import { roleLabel } from '@/lib/elsa/roles';
import { defaultOutputPort } from '@/lib/elsa/ports';
import { readConnection, type Endpoints } from '@/lib/graph/connections';

/** Inputs that say nothing a lead would call a change: bookkeeping and layout. */
const ignored = new Set(['id', 'type', 'version', 'metadata', 'customProperties']);

/** Names for the other inputs, in the inspector's words. */
const inputNames: Record<string, string> = {
  instructions: 'instructions',
  stage: 'stage',
  escalation: 'escalation',
  form: 'form',
  outcomes: 'outcomes',
  participants: 'participants',
  checklist: 'checklist',
  signsOff: 'steps it signs off',
  condition: 'condition',
  branches: 'parallel tracks',
  to: 'recipients',
  subject: 'subject',
  body: 'message',
  opensBefore: 'when it opens',
  workflowDefinitionId: 'child programme',
};

function activities(definition: JsonObject): Map<string, ElsaActivity> {
  const root = isJsonObject(definition.root) ? definition.root : {};
  const list = Array.isArray(root.activities) ? root.activities : [];
  return new Map(list.filter(isElsaActivity).map((a) => [a.id, a]));
}

function connections(definition: JsonObject): Endpoints[] {
  const root = isJsonObject(definition.root) ? definition.root : {};
  const list = Array.isArray(root.connections) ? root.connections : [];
  return list.flatMap((c) => readConnection(c)?.endpoints ?? []);
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a) === JSON.stringify(b);
const quoted = (activity: ElsaActivity) => `“${activityTitle(activity)}”`;
const reminders = (activity: ElsaActivity) => {
  const list = (readStringList(activity, 'reminders') ?? []).map(describeReminder);
  return list.length > 0 ? list.join(', ') : 'none';
};
const role = (activity: ElsaActivity, name: string) => {
  const value = readText(activity, name);
  return value ? roleLabel(value) : 'nobody';
};

function inputChanges(before: ElsaActivity, after: ElsaActivity): string[] {
  const name = quoted(after);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !ignored.has(k)));
  const changed = [...keys].filter((k) => !same(before[k], after[k]));
  const lines: string[] = [];
  const dueKeys = ['due', 'scheduledDay', 'workingDays'].filter((k) => changed.includes(k));
  for (const key of changed) {
    if (key === 'title') lines.push(`${quoted(before)} is now called ${name}.`);
    else if (key === 'ownerRole') lines.push(`${name}: the owner changed from ${role(before, key)} to ${role(after, key)}.`);
    else if (key === 'approverRole') lines.push(`${name}: the approver changed from ${role(before, key)} to ${role(after, key)}.`);
    else if (key === 'reminders') lines.push(`${name}: reminders changed from ${reminders(before)} to ${reminders(after)}.`);
    else if (key === 'due' || key === 'scheduledDay' || key === 'workingDays') {
      if (key !== dueKeys[0]) continue;
      const input = after.scheduledDay !== undefined || before.scheduledDay !== undefined ? 'scheduledDay' : 'due';
      const was = describeDue(readDue(before, input));
      const now = describeDue(readDue(after, input));
      lines.push(was === now ? `${name}: whether the due date counts working days changed.` : `${name}: the due date changed from ${was} to ${now}.`);
    } else lines.push(`${name}: the ${inputNames[key] ?? key} changed.`);
  }
  return lines;
}

function describeEndpoints(e: Endpoints, named: (id: string) => string): string {
  const port = e.sourcePort === defaultOutputPort ? '' : ` (${e.sourcePort})`;
  return `${named(e.source)}${port} to ${named(e.target)}`;
}

/** What changed from one version of a programme to another, as sentences a programme lead can read. */
export function diffDefinitions(before: JsonObject, after: JsonObject): string[] {
  const lines: string[] = [];
  if (!same(before.name, after.name) && typeof after.name === 'string') lines.push(`The programme is now called “${after.name}”.`);
  const old = activities(before);
  const now = activities(after);
  const named = (id: string) => {
    const activity = now.get(id) ?? old.get(id);
    return activity ? quoted(activity) : `“${id}”`;
  };
  for (const [id, activity] of now) {
    if (!old.has(id)) lines.push(`Added ${kindLabels[kindOf(activity.type)].toLowerCase()} ${quoted(activity)}.`);
  }
  for (const [id, activity] of old) {
    if (!now.has(id)) lines.push(`Removed ${kindLabels[kindOf(activity.type)].toLowerCase()} ${quoted(activity)}.`);
  }
  for (const [id, activity] of now) {
    const was = old.get(id);
    if (was) lines.push(...inputChanges(was, activity));
  }
  const key = (e: Endpoints) => `${e.source}\u0000${e.sourcePort}\u0000${e.target}\u0000${e.targetPort}`;
  const oldLinks = new Map(connections(before).map((e) => [key(e), e]));
  const newLinks = new Map(connections(after).map((e) => [key(e), e]));
  for (const [k, e] of newLinks) if (!oldLinks.has(k)) lines.push(`Connected ${describeEndpoints(e, named)}.`);
  for (const [k, e] of oldLinks) if (!newLinks.has(k)) lines.push(`Removed the connection from ${describeEndpoints(e, named)}.`);
  return lines;
}
