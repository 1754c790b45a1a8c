import { useCallback, useState } from 'react';
import { loadGraph } from '@/lib/graph/load-graph';
import { useServerStore } from './server/server-store';
import { useDesignerStore } from './store/designer-store';

/**
 * Opens Elsa JSON in the designer, turning any failure into a message for the error summary. What is opened is
 * not on the server until saved; opening from the server attaches it again afterwards.
 */
export function useOpenDefinition() {
  const load = useDesignerStore((s) => s.load);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    async (json: unknown, sourceName: string) => {
      try {
        const graph = await loadGraph(await Promise.resolve(json));
        load(graph, sourceName);
        useServerStore.getState().detach();
        setError(null);
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [load],
  );
  return { open, error, setError };
}
