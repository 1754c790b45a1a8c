import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, consoleErrors, demoUsers, launchBrowser, newPage, screenshot, signInCookie, startServer, unwrap, type RunningServer } from './harness';

// Checks the harness itself and the serving of the built app: a real server, the app at / with deep links,
// no Content-Security-Policy refusals, and the API helpers.
describe('the browser-test harness', () => {
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

  it('serves the built app at / and renders it with no console errors', async () => {
    const page = await newPage(browser, server);

    const response = await page.goto('/');

    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('header.nhsuk-header').textContent()).resolves.toContain('PcnFlow');
    await screenshot(page, 'harness-home');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('answers a deep link with the app, and an unknown API path with a 404 problem', async () => {
    const page = await newPage(browser, server);

    const deep = await page.goto('/inbox/tasks/not-a-task');
    const api = await fetch(`${server.baseUrl}/api/nope`);

    expect(deep?.status()).toBe(200);
    await expect(page.locator('header.nhsuk-header').count()).resolves.toBe(1);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs demo people in over the API with a bearer token or a cookie', async () => {
    const lead = await apiAs(server, demoUsers.lead);
    const cookie = await signInCookie(server, demoUsers.cd1);

    const me = await unwrap(lead.GET('/api/auth/me'));
    const cd = await fetch(`${server.baseUrl}/api/auth/me`, { headers: { Cookie: cookie } });

    expect(me.roles.map((r) => r.role)).toContain('ProgrammeLead');
    expect(((await cd.json()) as { displayName: string }).displayName).toBe('Dr Sam Patel');
  });
});
