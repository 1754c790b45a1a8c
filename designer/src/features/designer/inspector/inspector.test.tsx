import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ElsaActivity } from '@/lib/elsa/activity';
import type { ActivityNode } from '@/nodes/node-types';
import { elsaToGraph } from '@/lib/graph/elsa-to-graph';
import { Inspector } from './inspector';

const graph = elsaToGraph(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../../workflows/six-step-development-support.json'), 'utf8')),
);
const activityOf = (id: string) => {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new Error(id);
  return structuredClone(node.data.activity);
};

function renderInspector(initial: ElsaActivity, nodes: ActivityNode[] = graph.nodes) {
  const result = { current: initial };
  function Harness() {
    const [activity, setActivity] = useState(initial);
    return (
      <Inspector
        activity={activity}
        nodes={nodes}
        onChange={(next) => {
          result.current = next;
          setActivity(next);
        }}
        onRemove={() => undefined}
      />
    );
  }
  render(<Harness />);
  return { user: userEvent.setup({ delay: null }), result };
}

const literal = (typeName: string, value: string) => ({ typeName, expression: { type: 'Literal', value } });
const object = (value: unknown) => ({ typeName: 'Object', expression: { type: 'Object', value } });

describe('task inspector', () => {
  it('shows the task in plain English', () => {
    renderInspector(activityOf('step1-confirm-practices'));
    expect(screen.getByRole('heading', { name: "Confirm the PCN's member practices" })).toBeInTheDocument();
    expect(screen.getByLabelText('Who does it')).toHaveDisplayValue('Practice manager');
    expect(screen.getByText('1 day before the programme starts')).toBeInTheDocument();
    expect(screen.getByLabelText('Reminder 1: how many days')).toHaveValue(3);
    expect(screen.getByLabelText('Reminder 2: when')).toHaveDisplayValue('on the due date');
  });

  it('writes the title and keeps the diagram label in step', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'List the practices');
    expect(result.current.title).toEqual(literal('String', 'List the practices'));
    expect(result.current.metadata).toEqual({ designer: { position: { x: 900, y: 0 } }, displayText: 'List the practices' });
  });

  it('writes the owner role', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    await user.selectOptions(screen.getByLabelText('Who does it'), 'PCN board');
    expect(result.current.ownerRole).toEqual(literal('String', 'PcnBoard'));
  });

  it('moves the due day and switches to working days after the previous step', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    const day = screen.getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '62');
    expect(result.current.due).toEqual(literal('String', 'D+62'));
    expect(screen.getByText('Day 62 of the programme')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Due'), 'A time after the previous step');
    const amount = screen.getByLabelText('How many');
    await user.clear(amount);
    await user.type(amount, '5');
    await user.selectOptions(screen.getByLabelText('Of what'), 'working days');
    expect(result.current.due).toEqual(literal('String', 'P5D'));
    expect(result.current.workingDays).toEqual(literal('Boolean', 'true'));
    expect(screen.getByText('5 working days after the previous step')).toBeInTheDocument();
  });

  it('edits a day of each programme year in the repeating formula', async () => {
    const { user, result } = renderInspector(activityOf('step3-practice-views'));
    expect(screen.getByText('Day 84 of each programme year')).toBeInTheDocument();
    const day = screen.getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '90');
    expect(result.current.due).toEqual({
      typeName: 'String',
      expression: { type: 'JavaScript', value: 'addDays(context.day0, 90 + 365 * (getYear() - 1))' },
    });
  });

  it('adds, changes and removes reminders', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    await user.selectOptions(screen.getByLabelText('Reminder 1: when'), 'after the due date');
    expect(result.current.reminders).toEqual(object(['P3D', 'P0D']));
    await user.click(screen.getByRole('button', { name: 'Remove reminder 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove reminder 1' }));
    expect(result.current).not.toHaveProperty('reminders');
    await user.click(screen.getByRole('button', { name: 'Add a reminder' }));
    await user.click(screen.getByRole('button', { name: 'Add a reminder' }));
    expect(result.current.reminders).toEqual(object(['P0D', '-P3D']));
  });

  it('turns escalation off and on again', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    const box = screen.getByLabelText('Escalate it to someone else');
    await user.click(box);
    expect(result.current).not.toHaveProperty('escalation');
    await user.click(box);
    await user.selectOptions(screen.getByLabelText('Escalate to'), 'Support person');
    expect(result.current.escalation).toEqual(object({ after: 'P5D', to: 'SupportPerson' }));
  });

  it('builds a maturity matrix question', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const question = screen.getByRole('listitem', { name: /Question 4/ });
    await user.selectOptions(within(question).getByLabelText('Kind of answer'), 'Maturity matrix');
    await user.click(within(question).getByRole('button', { name: 'Use the standard PCN maturity matrix' }));
    await user.click(within(question).getByLabelText('An answer is required'));
    const form = result.current.form as { expression: { value: { fields: Record<string, unknown>[] } } };
    expect(form.expression.value.fields[3]).toEqual({
      name: 'newQuestion',
      label: 'New question',
      kind: 'maturityMatrix',
      required: true,
      domains: [
        'Leadership, planning and partnerships',
        'Use of data and population health management',
        'Integrating care',
        'Managing resources',
        'Working with people and communities',
      ],
      levels: ['Foundation', 'Step 1', 'Step 2', 'Step 3'],
    });
    expect(form.expression.value.fields[0]?.name).toBe('memberPractices');
  });

  it('adds choices to a choose-one question', async () => {
    const { user, result } = renderInspector(activityOf('step1-confirm-practices'));
    const question = screen.getByRole('listitem', { name: /Question 1/ });
    await user.selectOptions(within(question).getByLabelText('Kind of answer'), 'Choose one');
    await user.type(within(question).getByLabelText('Choices'), 'Yes{Enter}No');
    const form = result.current.form as { expression: { value: { fields: Record<string, unknown>[] } } };
    expect(form.expression.value.fields[0]).toMatchObject({ kind: 'select', options: ['Yes', 'No'] });
  });
});

describe('sign-off inspector', () => {
  it('chooses the approver and the tasks it signs off', async () => {
    const { user, result } = renderInspector(activityOf('step1-signoff'));
    await user.selectOptions(screen.getByLabelText('Who signs it off'), 'PCN board');
    expect(result.current.approverRole).toEqual(literal('String', 'PcnBoard'));
    await user.click(screen.getByLabelText('Sign the Network Contract DES and Network Agreement'));
    expect(result.current.signsOff).toEqual(object(['step1-confirm-practices', 'step1-appoint-cd']));
  });
});

describe('other inspectors', () => {
  it('edits fork tracks as a comma list', async () => {
    const { user, result } = renderInspector(activityOf('programme-fork'));
    await user.type(screen.getByLabelText('Tracks that run at the same time'), '{Enter}Extra');
    expect(result.current.branches).toEqual(literal('String', 'Establish,Partners,Extra'));
  });

  it('edits a review date and who takes part', async () => {
    const { user, result } = renderInspector(activityOf('step5-mid-year-review'));
    await user.selectOptions(screen.getByLabelText('Due'), 'A day of the programme');
    const day = screen.getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '181');
    expect(result.current.scheduledDay).toEqual(literal('String', 'D+181'));
    await user.click(screen.getByLabelText('Support person'));
    expect(result.current.participants).toEqual(object(['ClinicalDirector', 'ProgrammeLead', 'SupportPerson']));
  });
});
