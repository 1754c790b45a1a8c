import { useCallback, useState } from 'react';
import { arrangeGraph, readGraph } from '@/lib/graph/load-graph';
import { useServerStore } from './server/server-store';
import { useDesignerStore } from './store/designer-store';

/**
 * Opens Elsa JSON in the designer, turning any failure into a message for the error summary. What is opened is
 * not on the server until saved; opening from the server attaches it again afterwards.
 *
 * Steps without stored positions are drawn at once where the quick layout puts them; elkjs's tidier layout,
 * a second or more for a few hundred steps, replaces it when the worker answers.
 */
export function useOpenDefinition() {
  const load = useDesignerStore((s) => s.load);
  const arranged = useDesignerStore((s) => s.arranged);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    async (json: unknown, sourceName: string) => {
      try {
        const read = readGraph(await Promise.resolve(json));
        const arranging = read.unplaced.size > 0;
        load(read.graph, sourceName, arranging);
        useServerStore.getState().detach();
        setError(null);
        if (arranging) {
          const meta = read.graph.meta;
          arrangeGraph(read).then(
            (laid) => {
              arranged(meta, new Map(laid.nodes.filter((n) => read.unplaced.has(n.id)).map((n) => [n.id, n.position])));
            },
            () => {
              arranged(meta, null);
            },
          );
        }
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [load, arranged],
  );
  return { open, error, setError };
}
