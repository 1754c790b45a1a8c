import type { Page } from 'playwright-core';

/**
 * Prints a performance figure the issue asks to report but not assert (e.g. the inbox's first render with 200
 * tasks). test.sh picks out the "[figure]" lines from the e2e log.
 */
export function figure(name: string, milliseconds: number): void {
  console.log(`[figure] ${name}: ${String(Math.round(milliseconds))} ms`);
}

/**
 * Starts a stopwatch in the page: it starts when the file input labelled `inputLabel` fires `change` (the user
 * has chosen a file) and stops once a frame holding an element matching `drawnSelector` has been painted (two
 * animation frames after it appears). Measuring inside the page keeps the test driver's own round trips, which
 * grow with the machine's load, out of the figure. Await the returned function after setting the file.
 */
export async function timeFromFileChosenToPainted(page: Page, inputLabel: string, drawnSelector: string): Promise<() => Promise<number>> {
  await page.evaluate(
    ({ label, selector }) => {
      const input = document.querySelector(`input[type="file"][aria-label="${label}"]`);
      if (!input) throw new Error(`No file input labelled ${label}`);
      const target = window as unknown as { pfPainted?: Promise<number> };
      target.pfPainted = new Promise<number>((resolve) => {
        input.addEventListener(
          'change',
          () => {
            const chosen = performance.now();
            const painted = () => {
              requestAnimationFrame(() => {
                requestAnimationFrame(() => {
                  resolve(performance.now() - chosen);
                });
              });
            };
            if (document.querySelector(selector)) {
              painted();
              return;
            }
            const watcher = new MutationObserver(() => {
              if (!document.querySelector(selector)) return;
              watcher.disconnect();
              painted();
            });
            watcher.observe(document.body, { childList: true, subtree: true });
          },
          { capture: true, once: true },
        );
      });
    },
    { label: inputLabel, selector: drawnSelector },
  );
  return () => page.evaluate(() => (window as unknown as { pfPainted: Promise<number> }).pfPainted);
}
