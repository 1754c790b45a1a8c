import { Outlet } from 'react-router';
import { NoAccessPage } from './no-access-page';
import { mayOpen } from './roles';
import { useSession } from './session-context';

/**
 * Pages of one part of PcnFlow (/inbox, /dashboard or /designer), for the roles whose menu offers it. Anyone else
 * who types the address is told so in place, rather than seeing a page whose every action the server would refuse.
 * Used behind RequireSignIn, so the person is known.
 */
export function RequireSection({ section }: { section: string }) {
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  if (!mayOpen(state.me, section)) return <NoAccessPage me={state.me} />;
  return <Outlet />;
}
