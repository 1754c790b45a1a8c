import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { screenshotDir } from './paths';
import { demoPassword, type RunningServer } from './server';

/** Debian's Chromium (test.sh installs the `chromium` package); PCNFLOW_CHROMIUM overrides the path. */
export const chromiumPath = process.env.PCNFLOW_CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium. Chromium refuses its sandbox to root, so as root it runs without it. */
export function launchBrowser(): Promise<Browser> {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: root ? ['--no-sandbox'] : [] });
}

export interface PageOptions {
  /** Viewport width in CSS pixels; default 1280. Use 320 for the narrowest phone WCAG asks for. */
  width?: number;
  height?: number;
}

const problems = new WeakMap<Page, string[]>();

/**
 * A page in a fresh context (its own cookies) whose relative URLs resolve against the server, so
 * `page.goto('/inbox')` works. Console errors, failed page scripts and CSP refusals are collected for
 * {@link consoleErrors}.
 */
export async function newPage(browser: Browser, server: RunningServer, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    seen.push(where ? `${message.text()} [${where}]` : message.text());
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  return page;
}

/**
 * Console errors seen on the page so far, except the browser's own note about a 401 (the app asks who is
 * signed in and expects 401 when nobody is).
 */
export function consoleErrors(page: Page): string[] {
  return (problems.get(page) ?? []).filter((text) => !/status of 401/.test(text));
}

/**
 * Signs in through the app's own sign-in page and waits until it has moved on to the person's home page.
 * The page must belong to a {@link newPage} context (relative URLs).
 */
export async function signIn(page: Page, email: string, password: string = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
}

/** Saves a full-page PNG as designer/e2e/screenshots/NAME.png (git ignores the folder) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
