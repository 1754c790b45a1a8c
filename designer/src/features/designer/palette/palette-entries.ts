import type { ElsaActivity } from '@/lib/elsa/activity';
import { readText } from '@/lib/elsa/inputs';
import type { JsonObject } from '@/lib/elsa/json';

export interface PaletteEntry {
  type: string;
  label: string;
  hint: string;
  group: 'PcnFlow' | 'Flow';
  /** Inputs a new activity starts with, in Elsa's input shape. */
  inputs: JsonObject;
}

const text = (value: string) => ({ typeName: 'String', expression: { type: 'Literal', value } });
const flag = (value: boolean) => ({ typeName: 'Boolean', expression: { type: 'Literal', value: value ? 'true' : 'false' } });
const object = (value: JsonObject['x']) => ({ typeName: 'Object', expression: { type: 'Object', value } });

/** PcnFlow's own activities first, then Elsa's flow activities, as the palette lists them. */
export const paletteEntries: readonly PaletteEntry[] = [
  {
    type: 'PcnFlow.HumanTask',
    label: 'Task',
    hint: 'Someone does a piece of work, with a form to fill in',
    group: 'PcnFlow',
    inputs: { title: text('New task'), ownerRole: text('ClinicalDirector'), workingDays: flag(true), reminders: object(['-P3D', 'P0D']) },
  },
  {
    type: 'PcnFlow.SignOff',
    label: 'Sign-off',
    hint: 'Someone approves the work or returns it with a comment',
    group: 'PcnFlow',
    inputs: { title: text('Sign off'), approverRole: text('ProgrammeLead'), workingDays: flag(true) },
  },
  {
    type: 'PcnFlow.Review',
    label: 'Review',
    hint: 'A checkpoint on a set day of the programme',
    group: 'PcnFlow',
    inputs: { title: text('Review'), ownerRole: text('ClinicalDirector'), scheduledDay: text('D+30'), workingDays: flag(true) },
  },
  {
    type: 'PcnFlow.SendNotification',
    label: 'Notification',
    hint: 'Send a message to people in some roles',
    group: 'PcnFlow',
    inputs: { to: object(['ClinicalDirector']), subject: text('Update from your programme') },
  },
  {
    type: 'Elsa.FlowDecision',
    label: 'Decision',
    hint: 'Go one way or the other (True or False)',
    group: 'Flow',
    inputs: { condition: { typeName: 'Boolean', expression: { type: 'JavaScript', value: 'true' } } },
  },
  { type: 'Elsa.FlowFork', label: 'Parallel tracks', hint: 'Start several tracks at once', group: 'Flow', inputs: { branches: text('Track 1,Track 2') } },
  { type: 'Elsa.FlowJoin', label: 'Join', hint: 'Wait for parallel tracks to finish', group: 'Flow', inputs: { mode: text('WaitAll') } },
  {
    type: 'Elsa.Delay',
    label: 'Wait',
    hint: 'Pause for a set time',
    group: 'Flow',
    inputs: { timeSpan: { typeName: 'TimeSpan', expression: { type: 'Literal', value: '1.00:00:00' } } },
  },
  { type: 'Elsa.Event', label: 'Event', hint: 'Wait for something to happen', group: 'Flow', inputs: { eventName: text('') } },
  {
    type: 'Elsa.ExecuteWorkflow',
    label: 'Child programme',
    hint: 'Run another programme as part of this one',
    group: 'Flow',
    inputs: { workflowDefinitionId: text(''), waitForCompletion: flag(true) },
  },
  { type: 'Elsa.Start', label: 'Start', hint: 'Where the programme begins', group: 'Flow', inputs: {} },
  { type: 'Elsa.End', label: 'End', hint: 'Ends the whole programme', group: 'Flow', inputs: {} },
];

export function paletteEntry(type: string): PaletteEntry | undefined {
  return paletteEntries.find((entry) => entry.type === type);
}

export function newActivity(type: string, id: string): ElsaActivity {
  const entry = paletteEntry(type);
  const activity: ElsaActivity = { id, type, version: 1, ...structuredClone(entry?.inputs ?? {}) };
  const label = readText(activity, 'title') ?? entry?.label ?? type.replace(/^.*\./, '');
  return { ...activity, metadata: { displayText: label } };
}

/** A short, readable id that is not yet used: `task-3`, `sign-off-1`. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(/^.*\./, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}
