import { useEffect, useState } from 'react';
import { ApiProblem } from '@/lib/api/client';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) return error.messages.join(' ');
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Runs `load` when `key` changes and keeps only the latest answer, so a slow earlier load cannot overwrite it. */
export function useLoaded<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string | null; loaded: Loaded<T> }>({ key: null, loaded: { state: 'loading' } });
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    load().then(
      (value) => {
        if (current) setResult({ key, loaded: { state: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setResult({ key, loaded: { state: 'failed', message: problemMessage(error) } });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when it asks for something different.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.loaded : { state: 'loading' };
}
