import { Outlet } from 'react-router';
import { NhsHeader } from './nhs-header';

export function Layout() {
  return (
    <>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <NhsHeader />
      <main className="pf-main" id="main-content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
