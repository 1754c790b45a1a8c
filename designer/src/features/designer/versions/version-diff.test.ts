import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDesignerPosition, type ElsaActivity } from '@/lib/elsa/activity';
import { writeDue } from '@/lib/elsa/due';
import { writeObject, writeText } from '@/lib/elsa/inputs';
import { cloneJson, type JsonObject } from '@/lib/elsa/json';
import { diffDefinitions } from './version-diff';

const sixStep = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../../workflows/six-step-development-support.json'), 'utf8'),
) as JsonObject;

type Root = { activities: ElsaActivity[]; connections: JsonObject[] };
const rootOf = (definition: JsonObject) => definition.root as unknown as Root;

function edited(change: (activity: ElsaActivity) => ElsaActivity, id = 'step3-agree-needs'): JsonObject {
  const copy = cloneJson(sixStep);
  const root = rootOf(copy);
  root.activities = root.activities.map((a) => (a.id === id ? change(a) : a));
  return copy;
}

describe('diffDefinitions', () => {
  it('finds nothing between a version and itself, or when a step was only moved on the canvas', () => {
    expect(diffDefinitions(sixStep, cloneJson(sixStep))).toEqual([]);
    expect(diffDefinitions(sixStep, edited((a) => withDesignerPosition(a, { x: 5, y: 5 })))).toEqual([]);
  });

  it('describes a moved due day in the lead’s words', () => {
    const after = edited((a) => writeDue(a, { kind: 'year-day', day: 100, workingDays: true }));
    expect(diffDefinitions(sixStep, after)).toEqual([
      '“Agree development needs for this year and next”: the due date changed from Day 95 of each programme year to Day 100 of each programme year.',
    ]);
  });

  it('describes reminders, owner and title changes on one step', () => {
    const after = edited((a) =>
      writeText(writeText(writeObject(a, 'reminders', ['-P7D', '-P3D', 'P0D']), 'ownerRole', 'PracticeManager'), 'title', 'Agree needs'),
    );
    expect(diffDefinitions(sixStep, after)).toEqual([
      '“Agree development needs for this year and next” is now called “Agree needs”.',
      '“Agree needs”: the owner changed from Clinical Director to Practice manager.',
      '“Agree needs”: reminders changed from 3 days before, on the day to 7 days before, 3 days before, on the day.',
    ]);
  });

  it('lists steps and connections added and removed', () => {
    const after = cloneJson(sixStep);
    const root = rootOf(after);
    root.activities = root.activities.filter((a) => a.id !== 'step3-notify');
    root.connections = root.connections.filter((c) => !JSON.stringify(c).includes('step3-notify'));
    const task = writeText({ id: 'step3-extra', type: 'PcnFlow.HumanTask', version: 1 }, 'title', 'Check the plan with practices');
    root.activities.push(task);
    root.connections.push({ source: { activity: 'step3-signed-off', port: 'Done' }, target: { activity: 'step3-extra', port: 'In' } });

    expect(diffDefinitions(sixStep, after)).toEqual([
      'Added task “Check the plan with practices”.',
      'Removed notification “Tell the CD and board: step 3 signed off”.',
      'Connected “Step 3 signed off” to “Check the plan with practices”.',
      'Removed the connection from “Step 3 signed off” to “Tell the CD and board: step 3 signed off”.',
      'Removed the connection from “Tell the CD and board: step 3 signed off” to “Match each development need to a provider”.',
    ]);
  });
});
