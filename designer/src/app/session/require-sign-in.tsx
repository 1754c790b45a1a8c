import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session-context';

/** Pages behind sign-in: while the session is unknown it waits; when nobody is signed in it goes to /sign-in. */
export function RequireSignIn() {
  const { state, refresh } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <div className="nhsuk-width-container">
        <p className="nhsuk-body" role="status">
          Loading…
        </p>
      </div>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <div className="nhsuk-width-container">
        <h1 className="nhsuk-heading-l">Sorry, PcnFlow is not available</h1>
        <p className="nhsuk-body">{state.message} Try again in a few minutes.</p>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void refresh()}>
          Try again
        </button>
      </div>
    );
  }
  if (state.status === 'signed-out') {
    const returnTo = location.pathname + location.search + location.hash;
    const query = returnTo === '/' || state.byChoice ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
    return <Navigate to={`/sign-in${query}`} replace />;
  }
  return <Outlet />;
}
