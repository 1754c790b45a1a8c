import { useEffect, useState } from 'react';
import type { JsonObject } from '@/lib/elsa/json';
import { simulate, type TimelineEntry } from '../server/definitions-api';
import { useDebouncedDefinition } from '../server/use-debounced-definition';

export type Simulation =
  | { kind: 'waiting' }
  | { kind: 'loaded'; entries: TimelineEntry[]; updating: boolean }
  | { kind: 'failed'; message: string; entries: TimelineEntry[] };

export const simulationDelayMs = 600;

interface Answer {
  definition: JsonObject;
  day0: string;
  entries: TimelineEntry[];
  error: string | null;
}

/**
 * Projects what is on screen (saved or not) from day 0, again whenever editing pauses. The server simulates
 * the unsaved JSON sent with the request, so previewing never creates a draft.
 */
export function useSimulation(day0: string | null): Simulation {
  const definition = useDebouncedDefinition(simulationDelayMs);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    const definitionId = definition?.definitionId;
    if (!definition || day0 === null || typeof definitionId !== 'string') return;
    const abort = new AbortController();
    simulate(definitionId, day0, definition, abort.signal).then(
      (entries) => {
        setAnswer({ definition, day0, entries, error: null });
      },
      (e: unknown) => {
        if (abort.signal.aborted) return;
        const error = e instanceof Error ? e.message : String(e);
        setAnswer((last) => ({ definition, day0, entries: last?.entries ?? [], error }));
      },
    );
    return () => {
      abort.abort();
    };
  }, [definition, day0]);

  if (!answer) return { kind: 'waiting' };
  if (answer.error !== null) return { kind: 'failed', message: answer.error, entries: answer.entries };
  return { kind: 'loaded', entries: answer.entries, updating: answer.definition !== definition || answer.day0 !== day0 };
}
