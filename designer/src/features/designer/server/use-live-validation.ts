import { useEffect } from 'react';
import { validateDefinition } from './definitions-api';
import { useServerStore } from './server-store';
import { useDebouncedDefinition } from './use-debounced-definition';

export const validationDelayMs = 700;

/** Asks the server to check the programme whenever editing pauses; problems land on the nodes and the summary. */
export function useLiveValidation() {
  const definition = useDebouncedDefinition(validationDelayMs);
  useEffect(() => {
    if (!definition) return;
    let live = true;
    validateDefinition(definition).then(
      (problems) => {
        if (live) useServerStore.getState().setProblems(problems);
      },
      // An unreachable server leaves the last known problems in place; saving reports the failure.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [definition]);
}
