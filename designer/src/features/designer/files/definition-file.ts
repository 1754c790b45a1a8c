import type { JsonObject } from '@/lib/elsa/json';
import type { GraphMeta, WorkflowGraph } from '@/lib/graph/graph';
import { graphToElsa } from '@/lib/graph/graph-to-elsa';

export function definitionName(meta: GraphMeta): string {
  const { name, definitionId } = meta.definition;
  if (typeof name === 'string' && name.trim() !== '') return name;
  return typeof definitionId === 'string' ? definitionId : 'Untitled programme';
}

export function exportFileName(meta: GraphMeta): string {
  const { definitionId } = meta.definition;
  const stem = typeof definitionId === 'string' && definitionId !== '' ? definitionId : definitionName(meta);
  return `${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'programme'}.json`;
}

/** The Elsa JSON of the graph, indented as the files in workflows/ are. */
export function serialiseGraph(graph: WorkflowGraph): string {
  return `${JSON.stringify(graphToElsa(graph), null, 2)}\n`;
}

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('The file could not be read.'));
    };
    reader.readAsText(file);
  });
}

export async function readDefinitionFile(file: Blob): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('This file is not valid JSON. Choose a workflow definition exported from PcnFlow or Elsa.');
  }
}

/** A new programme: a start step and nothing else. */
export function blankDefinition(): JsonObject {
  return {
    definitionId: 'new-programme',
    name: 'New programme',
    version: 1,
    variables: [],
    inputs: [
      { name: 'day0', typeName: 'DateTime' },
      { name: 'pcnName', typeName: 'String' },
    ],
    root: {
      type: 'Elsa.Flowchart',
      version: 1,
      id: 'new-programme-flowchart',
      activities: [
        { id: 'start', type: 'Elsa.Start', version: 1, metadata: { designer: { position: { x: 0, y: 0 } }, displayText: 'Start' } },
      ],
      connections: [],
    },
  };
}
