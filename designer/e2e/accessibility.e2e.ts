import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  checkAccessibility,
  demoUsers,
  describeViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  startServer,
  unwrap,
  type RunningServer,
} from './harness';

// axe-core on every page of the app, as the person who uses it, on a desktop and at 320 px (WCAG 2.2 reflow):
// no serious or critical violations. Screenshots and full axe reports go to e2e/screenshots/.
let server: RunningServer;
let browser: Browser;
let taskId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const cd = await apiAs(server, demoUsers.cd1);
  const inbox = await unwrap(cd.GET('/api/tasks'));
  const first = inbox.items[0];
  if (!first) throw new Error('The demo gave cd1 no open tasks.');
  taskId = first.id;
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

/** Opens PATH, lets the page load its data, and returns its serious and critical axe violations. */
async function check(page: Page, path: string, name: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  await screenshot(page, name);
  return checkAccessibility(page, name);
}

describe.each([
  { width: 1280, label: 'desktop' },
  { width: 320, label: '320px' },
])('accessibility at $label', ({ width, label }) => {
  let cd: Page;
  let lead: Page;

  beforeAll(async () => {
    cd = await newPage(browser, server, { width });
    lead = await newPage(browser, server, { width });
    await signIn(cd, demoUsers.cd1);
    await signIn(lead, demoUsers.lead);
  });

  it('the sign-in page', async () => {
    const page = await newPage(browser, server, { width });
    const violations = await check(page, '/sign-in', `a11y-sign-in-${label}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the inbox, for a CD', async () => {
    const violations = await check(cd, '/inbox', `a11y-inbox-${label}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('a task page, for a CD', async () => {
    const violations = await check(cd, `/inbox/tasks/${taskId}`, `a11y-task-${label}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the dashboard, for the lead', async () => {
    const violations = await check(lead, '/dashboard', `a11y-dashboard-${label}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the designer start page, for the lead', async () => {
    const violations = await check(lead, '/designer', `a11y-designer-${label}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the six-step programme in the designer, for the lead', async () => {
    const violations = await check(lead, '/designer/six-step-development-support', `a11y-designer-six-step-${label}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
