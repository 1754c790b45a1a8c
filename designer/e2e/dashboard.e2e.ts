import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  checkAccessibility,
  consoleErrors,
  demoUsers,
  describeViolations,
  launchBrowser,
  newPage,
  screenshot,
  signInCookie,
  startServer,
  unwrap,
  type RunningServer,
} from './harness';

// The programme lead's dashboard against the real server and its demo ICS: three PCNs at different points of
// the six steps, with work done, due and overdue.
describe('the programme dashboard', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  // The app has no sign-in page of its own yet, so the lead signs in as it will: a cookie from the login API.
  async function leadPage(width?: number): Promise<Page> {
    const page = await newPage(browser, server, { width });
    const cookies = (await signInCookie(server, demoUsers.lead)).split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: server.baseUrl };
    });
    await page.context().addCookies(cookies);
    return page;
  }

  // The harness adds axe-core with an inline <script>, which the server's CSP (script-src 'self') refuses.
  // Evaluated through the DevTools protocol it is not subject to the CSP, and the harness then finds it there.
  async function accessibilityProblems(page: Page, name: string): Promise<string> {
    await page.evaluate(axe.source);
    return describeViolations(await checkAccessibility(page, name));
  }

  it('shows the lead every demo PCN by stage, the counts, progress and the overdue list', async () => {
    const page = await leadPage();
    const started = Date.now();
    await page.goto('/dashboard');

    const heatmap = page.getByRole('table', { name: 'Progress of each PCN by stage' });
    await heatmap.waitFor();
    console.log(`[figure] Dashboard rendered in ${String(Date.now() - started)} ms`);
    const pcns = await heatmap.getByRole('rowheader').allTextContents();
    expect(pcns.map((p) => p.replace(/Programme \d+( \(version \d+\))?|Version \d+|No programme started/g, '').trim())).toEqual(['Hillside PCN', 'Riverside PCN', 'Seaside PCN']);
    await expect(heatmap.getByRole('columnheader').first().textContent()).resolves.toBe('PCN');
    await expect(heatmap.locator('.pf-heat--overdue').count()).resolves.toBeGreaterThan(0);
    await expect(heatmap.locator('.pf-heat--done').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Programmes', { exact: true }).locator('xpath=following-sibling::dd').textContent()).resolves.toBe('3');
    await page.getByRole('img', { name: /Tasks completed each week/ }).waitFor();
    await page.getByRole('table', { name: 'Overdue tasks' }).waitFor();
    await screenshot(page, 'dashboard-lead');
    expect(await accessibilityProblems(page, 'dashboard-lead')).toBe('');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('opens a PCN’s programme from the heatmap by keyboard and shows its coloured diagram and journal', async () => {
    const lead = await apiAs(server, demoUsers.lead);
    const me = await unwrap(lead.GET('/api/auth/me'));
    const icsId = me.roles.find((r) => r.role === 'ProgrammeLead')?.organisationId ?? '';
    const dashboard = await unwrap(lead.GET('/api/dashboard', { params: { query: { icsId } } }));
    const riverside = dashboard.pcns.find((p) => p.pcnName === 'Riverside PCN');
    const instanceId = riverside?.instanceIds[0] ?? '';
    // The lead returns Riverside's open sign-off with a comment, so the journal has a decision to show.
    const detail = await unwrap(lead.GET('/api/workflow-instances/{id}', { params: { path: { id: instanceId } } }));
    const signOff = detail.openTasks.find((t) => t.kind === 'SignOff');
    if (signOff) {
      await unwrap(
        lead.POST('/api/tasks/{id}/decision', {
          params: { path: { id: signOff.id } },
          body: { decision: 'Returned', comment: 'Please add dates for the monthly check-ins.' },
        }),
      );
    }

    const page = await leadPage();
    await page.goto('/dashboard');
    const cell = page.getByRole('link', { name: /: Riverside PCN, Step 1: Establish the PCN\. Open the programme$/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/dashboard/instances/${instanceId}`);

    const started = Date.now();
    const diagram = page.getByRole('application', { name: /Programme diagram, read-only/ });
    await diagram.locator('.react-flow__node[aria-label$=": Done"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    console.log(`[figure] Instance view rendered in ${String(Date.now() - started)} ms`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Riverside PCN');
    await expect(diagram.locator('.pf-state--done').count()).resolves.toBeGreaterThan(5);
    await expect(diagram.locator('.pf-state--open, .pf-state--overdue').count()).resolves.toBeGreaterThan(0);
    await expect(diagram.locator('.pf-state--not-reached').count()).resolves.toBeGreaterThan(0);
    const journal = page.getByRole('list', { name: 'Journal, newest first' });
    await expect(journal.getByRole('listitem').count()).resolves.toBeGreaterThan(5);
    if (signOff) await journal.getByText('Please add dates for the monthly check-ins.').waitFor();
    await screenshot(page, 'dashboard-instance');
    expect(await accessibilityProblems(page, 'dashboard-instance')).toBe('');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('fits a 320 px wide screen', async () => {
    const page = await leadPage(320);
    await page.goto('/dashboard');
    await page.getByRole('table', { name: 'Progress of each PCN by stage' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(page, 'dashboard-lead-320');
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
