import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiProblem, api, unwrap } from '@/lib/api/client';
import type { Me } from './roles';
import { SessionContext, type Session, type SessionState } from './session-context';
import { onSignedOut, signedOutMiddleware } from './signed-out-signal';

async function whoIsSignedIn(): Promise<SessionState> {
  try {
    return { status: 'signed-in', me: await unwrap(api.GET('/api/auth/me')) };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return { status: 'signed-out' };
    return { status: 'unavailable', message: error instanceof ApiProblem ? `${error.title}.` : 'Something went wrong.' };
  }
}

/** Knows who is signed in (GET /api/auth/me) and notices when any call finds the session has ended. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async (): Promise<Me | null> => {
    const next = await whoIsSignedIn();
    setState(next);
    return next.status === 'signed-in' ? next.me : null;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/logout'));
    } finally {
      setState({ status: 'signed-out', byChoice: true });
    }
  }, []);

  useEffect(() => {
    api.use(signedOutMiddleware);
    const unsubscribe = onSignedOut(() => {
      setState({ status: 'signed-out' });
    });
    return () => {
      unsubscribe();
      api.eject(signedOutMiddleware);
    };
  }, []);

  useEffect(() => {
    let current = true;
    void whoIsSignedIn().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, []);

  const session = useMemo<Session>(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext value={session}>{children}</SessionContext>;
}
