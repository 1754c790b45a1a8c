import type { JsonObject } from '@/lib/elsa/json';

const literal = (typeName: string, value: string) => ({ typeName, expression: { type: 'Literal', value } });
const at = (x: number, y: number) => ({ designer: { position: { x, y } } });

/** A five-step programme in Elsa JSON, small enough to reason about in tests. */
export function smallProgramme(): JsonObject {
  return {
    id: 'small-v1',
    definitionId: 'small',
    name: 'Small programme',
    version: 1,
    root: {
      type: 'Elsa.Flowchart',
      version: 1,
      id: 'small-flowchart',
      activities: [
        { id: 'start', type: 'Elsa.Start', version: 1, metadata: { ...at(0, 0), displayText: 'Start' } },
        {
          id: 'task-a',
          type: 'PcnFlow.HumanTask',
          version: 1,
          title: literal('String', 'Write the plan'),
          ownerRole: literal('String', 'ClinicalDirector'),
          stage: literal('String', 'Step 1: Plan'),
          due: literal('String', 'D+30'),
          metadata: { ...at(300, 0), displayText: 'Write the plan' },
        },
        {
          id: 'task-b',
          type: 'PcnFlow.HumanTask',
          version: 1,
          title: literal('String', 'Share the plan'),
          ownerRole: literal('String', 'PracticeManager'),
          stage: literal('String', 'Step 1: Plan'),
          due: literal('String', 'P5D'),
          workingDays: literal('Boolean', 'true'),
          metadata: { ...at(600, 0), displayText: 'Share the plan' },
        },
        {
          id: 'sign-off',
          type: 'PcnFlow.SignOff',
          version: 1,
          title: literal('String', 'Sign off the plan'),
          approverRole: literal('String', 'ProgrammeLead'),
          stage: literal('String', 'Step 2: Approve'),
          metadata: { ...at(900, 0), displayText: 'Sign off the plan' },
        },
        { id: 'end', type: 'Elsa.End', version: 1, metadata: { ...at(1200, 0), displayText: 'End' } },
      ],
      connections: [
        { source: { activity: 'start', port: 'Done' }, target: { activity: 'task-a', port: 'In' } },
        { source: { activity: 'task-a', port: 'Done' }, target: { activity: 'task-b', port: 'In' } },
        { source: { activity: 'task-b', port: 'Done' }, target: { activity: 'sign-off', port: 'In' } },
        { source: { activity: 'sign-off', port: 'Approved' }, target: { activity: 'end', port: 'In' } },
        { source: { activity: 'sign-off', port: 'Returned' }, target: { activity: 'task-a', port: 'In' } },
      ],
    },
  };
}
