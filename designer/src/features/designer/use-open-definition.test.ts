import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '@/lib/elsa/json';
import { graphToElsa } from '@/lib/graph/graph-to-elsa';
import { smallProgramme } from '@/testing/small-programme';
import { selectGraph, useDesignerStore } from './store/designer-store';
import { useOpenDefinition } from './use-open-definition';

const store = () => useDesignerStore.getState();
const positions = () => new Map(store().nodes.map((n) => [n.id, n.position]));

/** The small programme as a file that has never been opened in the designer: no positions stored. */
function unplaced(): JsonObject {
  const json = smallProgramme();
  for (const activity of (json.root as { activities: { metadata: JsonObject }[] }).activities) delete activity.metadata.designer;
  return json;
}

async function openUnplaced() {
  const { result } = renderHook(() => useOpenDefinition());
  const json = unplaced();
  await act(async () => {
    await result.current.open(json, 'file.json');
  });
  return json;
}

beforeEach(() => {
  store().reset();
});

describe('opening a programme without positions', () => {
  it('draws the quick layout at once, then takes elkjs’s without an undo step or unsaved change', async () => {
    const json = await openUnplaced();
    const quick = positions();
    expect(store().arranging).toBe(true);
    expect(store().nodes.length).toBe(5);

    await waitFor(() => {
      expect(store().arranging).toBe(false);
    });

    expect(positions()).not.toEqual(quick);
    expect(store().history.past).toHaveLength(0);
    expect(store().dirty).toBe(false);
    const graph = selectGraph(store());
    expect(graph && graphToElsa(graph)).toStrictEqual(json);
  });

  it('keeps the quick layout once the lead has started editing, so their undo steps still match', async () => {
    await openUnplaced();
    const node = store().nodes[1];
    if (!node) throw new Error('no step');
    store().changeNodes([{ type: 'position', id: node.id, position: { x: 999, y: 999 } }]);
    const edited = positions();

    await waitFor(() => {
      expect(store().arranging).toBe(false);
    });

    expect(positions()).toEqual(edited);
    expect(store().history.past).toHaveLength(1);
  });
});
