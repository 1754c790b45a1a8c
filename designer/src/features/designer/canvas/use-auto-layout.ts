import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { layoutGraph } from '@/lib/graph/auto-layout';
import { selectGraph, useDesignerStore } from '../store/designer-store';

/** Tidies the whole diagram with elkjs as one undo step, then fits it to the screen. */
export function useAutoLayout() {
  const { fitView } = useReactFlow();
  const placeNodes = useDesignerStore((s) => s.placeNodes);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    const graph = selectGraph(useDesignerStore.getState());
    if (!graph) return;
    setBusy(true);
    try {
      const laid = await layoutGraph(graph, 'all');
      placeNodes(new Map(laid.nodes.map((n) => [n.id, n.position])));
      await fitView({ padding: 0.1 });
    } finally {
      setBusy(false);
    }
  }, [fitView, placeNodes]);
  return { run, busy };
}
