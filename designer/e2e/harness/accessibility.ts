import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { screenshotDir } from './paths';

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors and HTML of the offending elements. */
  nodes: { target: string; html: string }[];
}

/** The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations (an empty list
 * means it passed). Every violation, minor ones included, is written to designer/e2e/screenshots/NAME.axe.json.
 */
export async function checkAccessibility(page: Page, name: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    async (runTags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: runTags } })).violations,
    tags,
  );
  const violations: AxeViolation[] = results.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html })),
  }));
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.axe.json`), JSON.stringify(violations, null, 2));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable list for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${n.target}  ${n.html.slice(0, 160)}`).join('\n')}`)
    .join('\n');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
