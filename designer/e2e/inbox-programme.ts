const literal = (typeName: string, value: string) => ({ typeName, expression: { type: 'Literal', value } });
const object = (value: unknown) => ({ typeName: 'Object', expression: { type: 'Object', value } });

export const scenarioTitles = {
  task: "Agree the PCN's development priority",
  signOff: 'Sign off the development priority',
};

/**
 * A small programme for the inbox scenario: one Clinical Director task with a form (one required field), then the
 * programme lead's sign-off, whose Returned port reopens the task. The demo programmes have many tasks open at once,
 * so a programme of our own keeps the scenario about the inbox rather than about where the demo data stands.
 */
export const inboxScenarioProgramme = {
  id: 'e2e-inbox-scenario-v1',
  definitionId: 'e2e-inbox-scenario',
  name: 'Inbox browser test',
  version: 1,
  inputs: [
    { name: 'day0', typeName: 'DateTime' },
    { name: 'pcnName', typeName: 'String' },
  ],
  root: {
    type: 'Elsa.Flowchart',
    version: 1,
    id: 'e2e-inbox-flowchart',
    activities: [
      { id: 'start', type: 'Elsa.Start', version: 1 },
      {
        id: 'priority',
        type: 'PcnFlow.HumanTask',
        version: 1,
        title: literal('String', scenarioTitles.task),
        instructions: literal('String', 'Agree **one** priority with your member practices.\n\n<script>alert(1)</script>'),
        ownerRole: literal('String', 'ClinicalDirector'),
        stage: literal('String', 'Step 1: Priorities'),
        due: literal('String', 'D+3'),
        workingDays: literal('Boolean', 'true'),
        form: object({
          fields: [
            { name: 'priority', label: "Your PCN's top development priority", kind: 'text', required: true },
            { name: 'population', label: 'Population covered', kind: 'number', required: false, min: 0 },
          ],
        }),
      },
      {
        id: 'priority-signoff',
        type: 'PcnFlow.SignOff',
        version: 1,
        title: literal('String', scenarioTitles.signOff),
        stage: literal('String', 'Step 1: Priorities'),
        approverRole: literal('String', 'ProgrammeLead'),
        signsOff: object(['priority']),
        due: literal('String', 'D+10'),
        workingDays: literal('Boolean', 'true'),
      },
      { id: 'end', type: 'Elsa.End', version: 1 },
    ],
    connections: [
      { source: { activity: 'start', port: 'Done' }, target: { activity: 'priority', port: 'In' } },
      { source: { activity: 'priority', port: 'Done' }, target: { activity: 'priority-signoff', port: 'In' } },
      { source: { activity: 'priority-signoff', port: 'Approved' }, target: { activity: 'end', port: 'In' } },
      { source: { activity: 'priority-signoff', port: 'Returned' }, target: { activity: 'priority', port: 'In' } },
    ],
  },
};
