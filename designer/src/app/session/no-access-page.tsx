import { Link } from 'react-router';
import { usePageTitle } from '@/components/use-page-title';
import { homeFor, type Me } from './roles';

/** What a signed-in person sees at a page their roles do not use: where to go instead, never a blank page or a redirect. */
export function NoAccessPage({ me }: { me: Me }) {
  const home = homeFor(me);
  usePageTitle('You do not have access to this page');
  return (
    <div className="nhsuk-width-container nhsuk-main-wrapper">
      <h1 className="nhsuk-heading-l">You do not have access to this page</h1>
      <p className="nhsuk-body">
        You are signed in as {me.displayName}. This page is for people with a different role in PcnFlow.
      </p>
      {home ? (
        <p className="nhsuk-body">
          <Link to={home}>Go to your {home === '/inbox' ? 'inbox' : 'dashboard'}</Link>
        </p>
      ) : (
        <p className="nhsuk-body">No programme or PCN role has been given to you yet. Ask your ICS programme lead to add you.</p>
      )}
    </div>
  );
}
