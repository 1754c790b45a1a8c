import { Navigate } from 'react-router';
import { homeFor } from './roles';
import { useSession } from './session-context';

/** `/`: programme leads go to the dashboard, PCN staff to their inbox. Used behind RequireSignIn. */
export function HomeRedirect() {
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  const home = homeFor(state.me);
  if (home) return <Navigate to={home} replace />;
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">You do not have a role in PcnFlow yet</h1>
      <p className="nhsuk-body">
        You are signed in as {state.me.email}, but no programme or PCN role has been given to you. Ask your ICS programme lead to add
        you.
      </p>
    </div>
  );
}
