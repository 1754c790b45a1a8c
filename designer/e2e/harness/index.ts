/** The browser-test harness: a real server on a temporary database, Debian's Chromium, and helpers. See e2e/README.md. */
export { figure, timeFromFileChosenToPainted } from './figures';
export { checkAccessibility, describeViolations, type AxeViolation } from './accessibility';
export { apiAs, signInCookie, unwrap, type ApiClient } from './api';
export { chromiumPath, consoleErrors, launchBrowser, newPage, screenshot, signIn, type PageOptions } from './browser';
export { screenshotDir } from './paths';
export { demoPassword, demoUsers, startServer, type RunningServer, type ServerOptions } from './server';
