import { useCallback, useState } from 'react';
import { loadGraph } from '@/lib/graph/load-graph';
import { useDesignerStore } from './store/designer-store';

/** Opens Elsa JSON in the designer, turning any failure into a message for the error summary. */
export function useOpenDefinition() {
  const load = useDesignerStore((s) => s.load);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    async (json: unknown, sourceName: string) => {
      try {
        const graph = await loadGraph(await Promise.resolve(json));
        load(graph, sourceName);
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
