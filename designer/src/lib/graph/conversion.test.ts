// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@/lib/elsa/json';
import { edgeFrom } from './connections';
import { elsaToGraph } from './elsa-to-graph';
import { graphToElsa } from './graph-to-elsa';
import { loadGraph } from './load-graph';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const read = (path: string): JsonObject => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8')) as JsonObject;
const sixStep = () => read('workflows/six-step-development-support.json');
const flatForm = () => read('tests/PcnFlow.Engine.Tests/Fixtures/elsa-conformance/workflows/flowchartcompletion-workflow1.json');
const rootOf = (definition: JsonObject) => definition.root as { activities: JsonObject[]; connections: JsonObject[] };

describe('elsaToGraph', () => {
  it('makes one node per activity with its stored position and kind', () => {
    const graph = elsaToGraph(sixStep());
    expect(graph.nodes).toHaveLength(63);
    const task = graph.nodes.find((n) => n.id === 'step1-confirm-practices');
    expect(task?.type).toBe('task');
    expect(task?.position).toEqual({ x: 900, y: 0 });
    expect(graph.nodes.find((n) => n.id === 'step1-signoff')?.type).toBe('sign-off');
  });

  it('uses ports as edge handles', () => {
    const graph = elsaToGraph(sixStep());
    const edge = graph.edges.find((e) => e.source === 'programme-fork' && e.sourceHandle === 'Partners');
    expect(edge?.target).toBe('step1-name-partners');
    expect(edge?.targetHandle).toBe('In');
  });

  it('rejects files that are not definitions', () => {
    expect(() => elsaToGraph({ name: 'x' })).toThrow(/not a workflow definition/);
  });

  it('keeps a nested flowchart inside its activity', () => {
    const original = read('tests/PcnFlow.Engine.Tests/Fixtures/elsa-conformance/workflows/explicitjoins-join-all-2.json');
    const graph = elsaToGraph(original);
    const flowNode = graph.nodes.find((n) => n.data.activity.type === 'Elsa.FlowNode');
    expect(JSON.stringify(flowNode?.data.activity)).toContain('Elsa.Flowchart');
    expect(graphToElsa(graph)).toStrictEqual(original);
  });
});

describe('graphToElsa', () => {
  it('writes a position only for the node that moved', () => {
    const original = sixStep();
    const graph = elsaToGraph(original);
    graph.nodes = graph.nodes.map((n) => (n.id === 'start' ? { ...n, position: { x: -40.4, y: 90.6 } } : n));
    const saved = graphToElsa(graph);
    const before = rootOf(original).activities;
    const after = rootOf(saved).activities;
    after.forEach((activity, i) => {
      if (activity.id === 'start') {
        expect(activity.metadata).toEqual({ designer: { position: { x: -40, y: 91 } }, displayText: 'Start' });
      } else {
        expect(activity).toStrictEqual(before[i]);
      }
    });
  });

  it('writes new connections in the flat form when the file used it', () => {
    const graph = elsaToGraph(flatForm());
    const taken = new Set(graph.edges.map((e) => e.id));
    graph.edges.push(edgeFrom({ source: 'WriteLine1', sourcePort: 'Done', target: 'WriteLine3', targetPort: 'In' }, null, taken));
    const connections = rootOf(graphToElsa(graph)).connections;
    expect(connections.at(-1)).toStrictEqual({ source: 'WriteLine1', sourcePort: 'Done', target: 'WriteLine3', targetPort: 'In' });
  });

  it('writes new connections in the nested form by default', () => {
    const graph = elsaToGraph(sixStep());
    graph.edges = [edgeFrom({ source: 'start', sourcePort: 'Done', target: 'programme-closed', targetPort: 'In' }, null, new Set())];
    expect(rootOf(graphToElsa(graph)).connections).toStrictEqual([
      { source: { activity: 'start', port: 'Done' }, target: { activity: 'programme-closed', port: 'In' } },
    ]);
  });

  it('drops a deleted node and keeps the rest in order', () => {
    const graph = elsaToGraph(sixStep());
    graph.nodes = graph.nodes.filter((n) => n.id !== 'programme-fork');
    graph.edges = graph.edges.filter((e) => e.source !== 'programme-fork' && e.target !== 'programme-fork');
    const saved = rootOf(graphToElsa(graph));
    expect(saved.activities).toHaveLength(62);
    expect(saved.activities.map((a) => a.id)).not.toContain('programme-fork');
  });
});

describe('loadGraph', () => {
  it('lays out activities without a position and still saves them unchanged', async () => {
    const original = flatForm();
    for (const activity of rootOf(original).activities) delete activity.metadata;
    const graph = await loadGraph(original);
    const xs = new Set(graph.nodes.map((n) => n.position.x));
    expect(xs.size).toBeGreaterThan(1);
    expect(graphToElsa(graph)).toStrictEqual(original);
  });
});
