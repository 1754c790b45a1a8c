import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  checkAccessibility,
  consoleErrors,
  demoPassword,
  demoUsers,
  describeViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  startServer,
  unwrap,
  type ApiClient,
  type RunningServer,
} from './harness';
import { inboxScenarioProgramme, scenarioTitles } from './inbox-programme';

// Scenario 2 of the issue: a CD completes a task (a missing required field first), the lead returns the sign-off
// with a comment, the CD sees it and redoes the task, and the lead approves. Then the inbox's first render with
// 200 open tasks, printed and not asserted.
describe('the inbox', () => {
  let server: RunningServer;
  let browser: Browser;
  let lead: ApiClient;
  let pcnIds: Record<string, string>;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    lead = await apiAs(server, demoUsers.lead);
    await unwrap(lead.POST('/api/workflow-definitions', { body: inboxScenarioProgramme as unknown as Record<string, never> }));
    await unwrap(lead.POST('/api/workflow-definitions/{definitionId}/publish', {
      params: { path: { definitionId: inboxScenarioProgramme.definitionId } },
      body: { versionNote: 'For the inbox browser test' },
    }));
    const pcns = await unwrap(lead.GET('/api/organisations', { params: { query: { kind: 'Pcn', pageSize: 50 } } }));
    pcnIds = Object.fromEntries(pcns.items.map((o) => [o.name, o.id]));
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const start = (pcnName: string) =>
    unwrap(lead.POST('/api/workflow-instances', {
      body: {
        definitionId: inboxScenarioProgramme.definitionId,
        version: null,
        pcnId: pcnIds[pcnName] ?? null,
        day0: new Date().toISOString().slice(0, 10),
        ownerUserId: null,
        input: null,
      },
    }));

  // The app's sign-in page comes from another branch; until it is merged here, sign in with the same cookie it sets.
  async function signInAs(page: Page, email: string) {
    await page.goto('/sign-in');
    if ((await page.getByLabel('Email address').count()) > 0) {
      await signIn(page, email);
      return;
    }
    const response = await page.context().request.post('/api/auth/login?useCookies=true', {
      data: { email, password: demoPassword },
      headers: { 'X-Requested-With': 'PcnFlow' },
    });
    expect(response.ok()).toBe(true);
  }

  async function openTask(page: Page, title: string) {
    await page.goto('/inbox');
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
  }

  async function expectAccessible(page: Page, name: string) {
    // The app's CSP refuses the harness's inline <script> for axe; evaluating the source from the test is not refused.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
    const violations = await checkAccessibility(page, name);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  it('takes a task from the CD to the lead and back until it is approved', async () => {
    const instance = await start('Riverside PCN');
    const cd = await newPage(browser, server);
    const approver = await newPage(browser, server);
    await signInAs(cd, demoUsers.cd1);
    await signInAs(approver, demoUsers.lead);

    await cd.goto('/inbox');
    const row = cd.getByRole('listitem').filter({ has: cd.getByRole('link', { name: scenarioTitles.task, exact: true }) });
    await expect(row.textContent()).resolves.toMatch(/Inbox browser test · Step 1: Priorities · Riverside PCN.*due (in \d+ working days?|tomorrow|today|on \w+day)/);
    await screenshot(cd, 'inbox-1-cd-inbox');
    await expectAccessible(cd, 'inbox-1-cd-inbox');

    await openTask(cd, scenarioTitles.task);
    await cd.getByRole('button', { name: 'Complete task' }).click();
    const summary = cd.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: "Enter 'Your PCN's top development priority'." }).waitFor();
    await expect(cd.locator('#field-priority-error').textContent()).resolves.toContain("Enter 'Your PCN's top development priority'.");
    await expect(cd.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).resolves.toBe(true);
    await screenshot(cd, 'inbox-2-cd-missing-field');
    await expectAccessible(cd, 'inbox-2-cd-missing-field');

    await cd.getByLabel("Your PCN's top development priority").fill('Same-day access');
    await cd.getByLabel('Population covered (optional)').fill('52,300');
    await cd.getByRole('button', { name: 'Complete task' }).click();
    await cd.waitForURL('**/inbox');
    await cd.getByText(`You completed “${scenarioTitles.task}”.`).waitFor();
    await screenshot(cd, 'inbox-3-cd-completed');

    await openTask(approver, scenarioTitles.signOff);
    await approver.getByLabel('Return for changes').check();
    await approver.getByRole('button', { name: 'Return the work' }).click();
    await approver.getByRole('link', { name: 'Say what needs to change before this can be signed off.' }).waitFor();
    await approver.getByLabel('What needs to change?').fill('Say which practices agreed, and by when.');
    await screenshot(approver, 'inbox-4-lead-returns');
    await expectAccessible(approver, 'inbox-4-lead-returns');
    await approver.getByRole('button', { name: 'Return the work' }).click();
    await approver.getByText(`You returned “${scenarioTitles.signOff}” with your comment.`).waitFor();

    await cd.goto('/inbox');
    await row.getByText('Returned').waitFor();
    await openTask(cd, scenarioTitles.task);
    await cd.getByRole('heading', { name: /Returned by Alex Morgan/ }).waitFor();
    await cd.getByText('Say which practices agreed, and by when.').first().waitFor();
    await screenshot(cd, 'inbox-5-cd-sees-return');
    await expectAccessible(cd, 'inbox-5-cd-sees-return');
    await cd.getByLabel("Your PCN's top development priority").fill('Same-day access: all three practices agreed by March');
    await cd.getByRole('button', { name: 'Complete task' }).click();
    await cd.getByText(`You completed “${scenarioTitles.task}”.`).waitFor();

    await openTask(approver, scenarioTitles.signOff);
    await approver.getByLabel('Approve').check();
    await approver.getByRole('button', { name: 'Approve' }).click();
    await approver.getByText(`You approved “${scenarioTitles.signOff}”.`).waitFor();
    await screenshot(approver, 'inbox-6-lead-approved');

    const finished = await unwrap(lead.GET('/api/workflow-instances/{id}', { params: { path: { id: instance.id } } }));
    expect(finished.instance.status).toBe('Finished');

    // The lead's view of the same progress: the instance drawn with both steps done, and the journal with the return.
    await approver.goto(`/dashboard/instances/${instance.id}`);
    const diagram = approver.getByRole('application', { name: /Programme diagram, read-only/ });
    await diagram.locator(`.react-flow__node[aria-label="${scenarioTitles.task}: Done"]`).waitFor({ state: 'visible', timeout: 30_000 });
    await diagram.locator(`.react-flow__node[aria-label="${scenarioTitles.signOff}: Done"]`).waitFor({ state: 'visible' });
    const journal = approver.getByRole('list', { name: 'Journal, newest first' });
    await journal.getByText('Say which practices agreed, and by when.').first().waitFor();
    await expect(journal.getByText('Approved').count()).resolves.toBeGreaterThan(0);
    await journal.getByText(/Alex Morgan returned /).first().waitFor();
    await screenshot(approver, 'inbox-6b-lead-instance-view');
    await approver.goto('/dashboard');
    await approver.getByRole('table', { name: 'Progress of each PCN by stage' }).getByRole('rowheader', { name: /Riverside PCN/ }).first().waitFor();
    await screenshot(approver, 'inbox-6c-lead-dashboard');
    // The browser logs the 400 that carried the missing-field error; that one was asked for.
    const unexpected = [...consoleErrors(cd), ...consoleErrors(approver)].filter((e) => !/status of 400 .*\/complete\]$/.test(e));
    expect(unexpected).toEqual([]);
  });

  it('fits a 320 px wide phone', async () => {
    const phone = await newPage(browser, server, { width: 320, height: 640 });
    await signInAs(phone, demoUsers.cd2);
    await phone.goto('/inbox');
    await phone.getByRole('heading', { name: 'Add your tasks to your calendar' }).waitFor();
    await screenshot(phone, 'inbox-7-phone');
    await expectAccessible(phone, 'inbox-7-phone');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('prints how long the inbox takes to first show 200 open tasks', async () => {
    for (let batch = 0; batch < 20; batch++) await Promise.all(Array.from({ length: 10 }, () => start('Seaside PCN')));
    const cd = await newPage(browser, server);
    await signInAs(cd, demoUsers.cd3);

    const began = Date.now();
    await cd.goto('/inbox');
    // A CSS locator: polling by role walks the accessibility tree of 200 rows and slows the page it is timing.
    await cd.locator('.pf-inbox-item').first().waitFor();
    const wallClock = Date.now() - began;
    const rendered = await cd.evaluate(() => performance.getEntriesByName('pcnflow:inbox-rendered')[0]?.startTime ?? null);
    const rows = await cd.locator('.pf-inbox-item').count();
    const timings = await cd.evaluate(() => {
      const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/tasks?')) as PerformanceResourceTiming | undefined;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { apiStart: api?.startTime ?? 0, apiEnd: api?.responseEnd ?? 0, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0 };
    });
    await screenshot(cd, 'inbox-8-200-tasks');

    console.log(
      `[figure] Inbox first render with ${String(rows)} open tasks: ${rendered === null ? 'n/a' : rendered.toFixed(0)} ms from navigation start ` +
        `to the list rendered (performance mark); ${String(wallClock)} ms measured by the test from goto to the list visible. ` +
        `Breakdown: page scripts ready at ${timings.domContentLoaded.toFixed(0)} ms; GET /api/tasks from ${timings.apiStart.toFixed(0)} ` +
        `to ${timings.apiEnd.toFixed(0)} ms.`,
    );
    expect(rows).toBeGreaterThanOrEqual(200);
  });
});
