import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { pageTitle } from '@/components/use-page-title';
import { routeTitle } from './route-titles';

/**
 * What a full page load does for free and a single-page app must do itself (GOV.UK and NHS.UK guidance): when the
 * path changes, name the tab after the new page and move focus to its main heading, so a screen reader starts there.
 *
 * The first page the browser loads keeps the browser's own focus. A page that has already put focus somewhere on
 * purpose (a success banner, an error summary) keeps it. A page still loading gets focus on its heading once the
 * heading appears, and again if its loading heading is swapped for the loaded one, until the person does anything.
 */
export function useRouteFocus(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);

  // A layout effect runs before every passive one, so a page's own usePageTitle (a passive effect) still wins.
  useLayoutEffect(() => {
    document.title = pageTitle(routeTitle(pathname));
  }, [pathname]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const area = main.current;
    if (!area) return;
    let focused: HTMLElement | null = null;
    const focusHeading = () => {
      const active = document.activeElement;
      const lost = !active || active === document.body;
      const placedByPage = !!active && active !== area && area.contains(active);
      if (focused ? focused.isConnected || !lost : placedByPage) return;
      const heading = area.querySelector('h1');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      focused = heading;
    };
    const watcher = new MutationObserver(focusHeading);
    const stop = () => {
      watcher.disconnect();
      document.removeEventListener('pointerdown', stop, true);
      document.removeEventListener('keydown', stop, true);
    };
    focusHeading();
    watcher.observe(area, { childList: true, subtree: true });
    document.addEventListener('pointerdown', stop, true);
    document.addEventListener('keydown', stop, true);
    return stop;
  }, [pathname, main]);
}
