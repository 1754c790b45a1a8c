import { useEffect } from 'react';

/** Names the browser tab after the page, as WCAG 2.4.2 asks, so screen-reader users hear where they have landed. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – PcnFlow`;
  }, [title]);
}
