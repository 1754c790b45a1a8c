// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elsaToGraph } from './elsa-to-graph';
import { graphToElsa } from './graph-to-elsa';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const folders = ['workflows', 'tests/PcnFlow.Engine.Tests/Fixtures/elsa-conformance/workflows'];
const files = folders.flatMap((folder) =>
  readdirSync(join(repoRoot, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name)),
);

describe('Elsa JSON round trip', () => {
  it('finds every definition file', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files)('%s comes back unchanged', (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const original: unknown = JSON.parse(text);
    const graph = elsaToGraph(original);
    const saved = graphToElsa(JSON.parse(JSON.stringify(graph)) as typeof graph);
    expect(saved).toStrictEqual(original);
    expect(JSON.stringify(saved)).toBe(JSON.stringify(original));
  });
});
