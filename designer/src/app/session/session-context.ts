import { createContext, useContext } from 'react';
import type { Me } from './roles';

export type SessionState =
  | { status: 'loading' }
  /** byChoice: they signed out themselves, so there is no page to come back to. */
  | { status: 'signed-out'; byChoice?: boolean }
  | { status: 'signed-in'; me: Me }
  | { status: 'unavailable'; message: string };

export interface Session {
  state: SessionState;
  /** Asks the server who is signed in again (after signing in); resolves to them, or null. */
  refresh: () => Promise<Me | null>;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}
