// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph, readGraph } from '@/lib/graph';
import { layoutInput } from '@/lib/graph/layout-sizes';
import { overlaps } from '@/lib/graph/testing/overlaps';

const folder = resolve(import.meta.dirname, '../../../../../workflows');
const shipped = readdirSync(folder).filter((name) => name.endsWith('.json'));

/** A shipped programme as a server would hand over a definition that was never opened in the designer. */
function withoutPositions(name: string): unknown {
  const json = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { root: { activities: { metadata?: Record<string, unknown> }[] } };
  for (const activity of json.root.activities) delete activity.metadata?.designer;
  return json;
}

describe('the instance view’s diagram of a definition without positions', () => {
  it('has shipped programmes to draw', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(2);
  });

  it.each(shipped)('lays %s out with no step overlapping another, at the size each card is drawn', async (name) => {
    const graph = await loadGraph(withoutPositions(name));
    const { boxes } = layoutInput(graph);

    expect(overlaps(boxes, new Map(graph.nodes.map((n) => [n.id, n.position])))).toEqual([]);
  });

  it.each(shipped)('draws %s without overlaps in the quick layout too, which it keeps if elkjs fails', (name) => {
    const { graph } = readGraph(withoutPositions(name));
    const { boxes } = layoutInput(graph);

    expect(overlaps(boxes, new Map(graph.nodes.map((n) => [n.id, n.position])))).toEqual([]);
  });
});
