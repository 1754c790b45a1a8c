import { useRef } from 'react';
import { Outlet } from 'react-router';
import { useRouteFocus } from './navigation/use-route-focus';
import { NhsHeader } from './nhs-header';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  useRouteFocus(main);
  return (
    <>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <NhsHeader />
      <main className="pf-main" id="main-content" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
    </>
  );
}
