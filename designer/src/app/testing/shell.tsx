import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { api } from '@/lib/api/client';
import { Layout } from '../layout';
import { HomeRedirect } from '../session/home-redirect';
import { RequireSection } from '../session/require-section';
import { RequireSignIn } from '../session/require-sign-in';
import { SessionProvider } from '../session/session-provider';
import { SignInPage } from '../sign-in/sign-in-page';

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname + location.search}</output>;
}

/** A page that calls the API when asked, standing in for any feature page. */
function Page({ name }: { name: string }) {
  return (
    <>
      <h1>{name} page</h1>
      <button type="button" onClick={() => void api.GET('/api/tasks')}>
        Load tasks
      </button>
    </>
  );
}

/** The app shell (session, header, sign-in and role routing) at PATH, with stand-ins for the feature pages. */
export function Shell({ path }: { path: string }) {
  return (
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="sign-in" element={<SignInPage />} />
            <Route element={<RequireSignIn />}>
              <Route index element={<HomeRedirect />} />
              <Route element={<RequireSection section="/inbox" />}>
                <Route path="inbox/*" element={<Page name="Inbox" />} />
              </Route>
              <Route element={<RequireSection section="/dashboard" />}>
                <Route path="dashboard/*" element={<Page name="Dashboard" />} />
              </Route>
              <Route element={<RequireSection section="/designer" />}>
                <Route path="designer/*" element={<Page name="Designer" />} />
              </Route>
            </Route>
          </Route>
        </Routes>
        <Where />
      </SessionProvider>
    </MemoryRouter>
  );
}
