import { useEffect, useState } from 'react';
import type { JsonObject } from '@/lib/elsa/json';
import { useDesignerStore } from '../store/designer-store';
import { currentDefinition } from './save-actions';

/** The Elsa JSON on screen, refreshed once editing pauses for `delayMs`, so each keystroke is not a request. */
export function useDebouncedDefinition(delayMs: number): JsonObject | null {
  const nodes = useDesignerStore((s) => s.nodes);
  const edges = useDesignerStore((s) => s.edges);
  const dragging = useDesignerStore((s) => s.dragging);
  const [definition, setDefinition] = useState<JsonObject | null>(null);
  useEffect(() => {
    if (dragging) return;
    const timer = setTimeout(() => {
      setDefinition(currentDefinition());
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [nodes, edges, dragging, delayMs]);
  return definition;
}
