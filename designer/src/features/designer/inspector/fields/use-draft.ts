import { useState } from 'react';

/**
 * Local text for an input whose stored value is derived (numbers, lists), so half-typed text
 * is not thrown away; the draft follows the stored value when it changes elsewhere (undo).
 */
export function useDraft(stored: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setDraft(stored);
  }
  return [draft, setDraft];
}
