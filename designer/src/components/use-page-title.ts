import { useEffect } from 'react';

/**
 * Names the browser tab after the page, as WCAG 2.4.2 asks, so screen-reader users hear where they have landed.
 * The shell names every route already; a page calls this only to say more (the task's own title, say).
 */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}

export function pageTitle(title: string): string {
  return `${title} – PcnFlow`;
}
