import type { ElsaActivity } from './activity';
import { kindOf } from './activity-kinds';
import { readStringList, readText } from './inputs';

/** Fork branches are one comma-separated Literal in Elsa's FlowFork. */
export function forkBranches(activity: ElsaActivity): string[] {
  const text = readText(activity, 'branches');
  if (text !== undefined) return splitList(text);
  return readStringList(activity, 'branches') ?? [];
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The named output ports an activity declares; connections may use others, which are kept. */
export function outputPorts(activity: ElsaActivity): string[] {
  switch (kindOf(activity.type)) {
    case 'task':
    case 'review': {
      const outcomes = readStringList(activity, 'outcomes');
      return outcomes && outcomes.length > 0 ? outcomes : ['Done'];
    }
    case 'sign-off':
      return ['Approved', 'Returned'];
    case 'decision':
      return ['True', 'False'];
    case 'fork':
      return forkBranches(activity);
    case 'end':
      return [];
    default:
      return ['Done'];
  }
}

export function hasInputPort(activity: ElsaActivity): boolean {
  return kindOf(activity.type) !== 'start';
}

export const defaultInputPort = 'In';
export const defaultOutputPort = 'Done';
