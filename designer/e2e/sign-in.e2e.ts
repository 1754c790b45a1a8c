import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, demoUsers, launchBrowser, newPage, screenshot, signIn, startServer, type RunningServer } from './harness';

describe('signing in and out', () => {
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

  it('sends someone who is not signed in to the sign-in page, then back where they were going', async () => {
    const page = await newPage(browser, server);

    await page.goto('/inbox/tasks/some-task');
    await page.waitForURL('**/sign-in?returnTo=%2Finbox%2Ftasks%2Fsome-task');
    await screenshot(page, 'sign-in');
    await page.getByLabel('Email address').fill(demoUsers.cd1);
    await page.getByLabel('Password', { exact: true }).fill('E2e-Demo-Password-42');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL('**/inbox/tasks/some-task');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('shows an error summary for a wrong password and for empty fields', async () => {
    const page = await newPage(browser, server);
    await page.goto('/sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();
    const empty = await page.getByRole('alert').innerText();
    await page.getByLabel('Email address').fill(demoUsers.cd1);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or password is not right').first().waitFor();
    await screenshot(page, 'sign-in-wrong-password');

    expect(empty).toContain('Enter your email address');
    expect(empty).toContain('Enter your password');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('alert');
  });

  it('takes a CD to their inbox with only the Inbox in the menu', async () => {
    const page = await newPage(browser, server);

    await signIn(page, demoUsers.cd1);

    expect(new URL(page.url()).pathname).toBe('/inbox');
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts()).resolves.toEqual(['Inbox']);
    await expect(page.getByRole('navigation', { name: 'Account' }).innerText()).resolves.toContain('Dr Sam Patel');
  });

  it('tells a CD who types /designer that the page is not for them, with a link back to their inbox', async () => {
    const page = await newPage(browser, server);
    await signIn(page, demoUsers.cd1);

    await page.goto('/designer');
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    await screenshot(page, 'no-access-designer-cd1');
    await page.getByRole('link', { name: 'Go to your inbox' }).click();
    await page.waitForURL('**/inbox');

    expect(consoleErrors(page)).toEqual([]);
  });

  it('takes the lead to the dashboard with the Dashboard and Designer, and signs them out', async () => {
    const page = await newPage(browser, server);

    await signIn(page, demoUsers.lead);
    const path = new URL(page.url()).pathname;
    const menu = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    const after = await page.request.get('/api/auth/me');

    expect(path).toBe('/dashboard');
    expect(menu).toEqual(['Inbox', 'Dashboard', 'Designer']);
    expect(after.status()).toBe(401);
  });
});
