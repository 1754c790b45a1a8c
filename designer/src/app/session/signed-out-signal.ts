import type { Middleware } from 'openapi-fetch';

type Listener = () => void;
const listeners = new Set<Listener>();

/** Subscribes to "the server says nobody is signed in"; returns the unsubscribe function. */
export function onSignedOut(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells the session that a call answered 401, e.g. because the sign-in cookie expired while a page was open. */
export function signalSignedOut(): void {
  for (const listener of listeners) listener();
}

/**
 * Watches every typed API call for a 401, so any page sends the person back to sign in when their session ends,
 * without each feature handling it. The sign-in call itself is left out: a wrong password is the form's business.
 */
export const signedOutMiddleware: Middleware = {
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/login')) signalSignedOut();
    return undefined;
  },
};
