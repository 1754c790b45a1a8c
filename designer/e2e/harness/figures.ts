/**
 * Prints a performance figure the issue asks to report but not assert (e.g. the inbox's first render with 200
 * tasks). test.sh picks out the "[figure]" lines from the e2e log.
 */
export function figure(name: string, milliseconds: number): void {
  console.log(`[figure] ${name}: ${String(Math.round(milliseconds))} ms`);
}
