import { beforeEach, describe, expect, it } from 'vitest';
import { smallProgramme } from '@/testing/small-programme';
import { elsaToGraph } from '@/lib/graph/elsa-to-graph';
import { graphToElsa } from '@/lib/graph/graph-to-elsa';
import { selectGraph, useDesignerStore } from './designer-store';

const store = () => useDesignerStore.getState();
const ids = () => store().nodes.map((n) => n.id);
const saved = () => {
  const graph = selectGraph(store());
  if (!graph) throw new Error('nothing loaded');
  return graphToElsa(graph) as { root: { activities: { id: string; metadata?: unknown }[]; connections: unknown[] } };
};

beforeEach(() => {
  store().load(elsaToGraph(smallProgramme()), 'test');
});

describe('designer store', () => {
  it('saves an untouched programme unchanged', () => {
    expect(saved()).toStrictEqual(smallProgramme());
  });

  it('connects ports and undoes and redoes the connection', () => {
    store().connect({ source: 'task-a', sourceHandle: 'Done', target: 'end', targetHandle: 'In' });
    expect(saved().root.connections).toHaveLength(6);
    store().undo();
    expect(saved()).toStrictEqual(smallProgramme());
    store().redo();
    expect(saved().root.connections.at(-1)).toEqual({
      source: { activity: 'task-a', port: 'Done' },
      target: { activity: 'end', port: 'In' },
    });
  });

  it('makes one undo step of typing in one field', () => {
    const activity = store().nodes[1]?.data.activity;
    if (!activity) throw new Error('no task');
    for (const title of ['W', 'Wr', 'Wri']) {
      store().updateActivity({ ...activity, title: { typeName: 'String', expression: { type: 'Literal', value: title } } }, 'title');
    }
    expect(store().history.past).toHaveLength(1);
    store().undo();
    expect(saved()).toStrictEqual(smallProgramme());
  });

  it('deletes the selection with its connections, and undo brings them back', () => {
    store().select('task-b');
    store().deleteSelection();
    expect(ids()).toEqual(['start', 'task-a', 'sign-off', 'end']);
    expect(saved().root.connections).toHaveLength(3);
    store().undo();
    expect(saved()).toStrictEqual(smallProgramme());
  });

  it('copies and pastes steps with fresh ids and their inner connections', () => {
    useDesignerStore.setState((s) => ({ nodes: s.nodes.map((n) => ({ ...n, selected: n.id === 'task-a' || n.id === 'task-b' })) }));
    store().copySelection();
    store().paste();
    expect(ids()).toEqual(['start', 'task-a', 'task-b', 'sign-off', 'end', 'human-task-1', 'human-task-2']);
    const pasted = store().edges.filter((e) => e.source === 'human-task-1');
    expect(pasted.map((e) => e.target)).toEqual(['human-task-2']);
    expect(saved().root.activities[5]?.metadata).toEqual({ designer: { position: { x: 340, y: 40 } }, displayText: 'Write the plan' });
  });

  it('records a drag as one step and writes only the moved position', () => {
    store().changeNodes([{ id: 'end', type: 'position', position: { x: 1210, y: 5 }, dragging: true }]);
    store().changeNodes([{ id: 'end', type: 'position', position: { x: 1250, y: 40 }, dragging: true }]);
    store().changeNodes([{ id: 'end', type: 'position', position: { x: 1250, y: 40 }, dragging: false }]);
    expect(store().history.past).toHaveLength(1);
    const activities = saved().root.activities;
    expect(activities[4]?.metadata).toEqual({ designer: { position: { x: 1250, y: 40 } }, displayText: 'End' });
    expect(activities.slice(0, 4)).toStrictEqual((smallProgramme().root as { activities: unknown[] }).activities.slice(0, 4));
  });

  it('adds a step after another, in its stage', () => {
    const id = store().addActivity('PcnFlow.HumanTask', { afterId: 'task-b', stage: 'Step 1: Plan' });
    expect(ids()).toEqual(['start', 'task-a', 'task-b', id, 'sign-off', 'end']);
    const added = store().nodes.find((n) => n.id === id)?.data.activity;
    expect(added?.stage).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'Step 1: Plan' } });
    expect(store().selectedId).toBe(id);
  });

  it('points a port at a single next step', () => {
    store().setNextStep('sign-off', 'Returned', 'task-b');
    expect(store().edges.filter((e) => e.source === 'sign-off' && e.sourceHandle === 'Returned').map((e) => e.target)).toEqual(['task-b']);
    store().setNextStep('sign-off', 'Returned', null);
    expect(store().edges.some((e) => e.sourceHandle === 'Returned')).toBe(false);
  });
});

describe('undo after React Flow has measured the steps', () => {
  it('keeps the measured size of a step whose activity is unchanged, and not of one that changed', () => {
    const [first, second] = ids();
    if (!first || !second) throw new Error('too few steps');
    const activity = store().nodes.find((n) => n.id === second)?.data.activity;
    if (!activity) throw new Error('no second step');
    store().updateActivity({ ...activity, name: 'renamed' });
    store().changeNodes(
      [first, second].map((id) => ({ id, type: 'dimensions' as const, dimensions: { width: 220, height: 130 } })),
    );
    store().undo();
    expect(store().nodes.find((n) => n.id === first)?.measured).toEqual({ width: 220, height: 130 });
    expect(store().nodes.find((n) => n.id === second)?.measured).toBeUndefined();
  });
});
