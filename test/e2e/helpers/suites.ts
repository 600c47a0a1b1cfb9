/**
 * What every real-browser suite sets up: the fixture server and a browser with
 * the test build, started before the suite's tests and closed after them. Call
 * inside describe(); the returned object's fields are there once beforeAll ran.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_PATH, FIREFOX_PATH, requireBrowser } from './browsers.js';
import { launchChromium, type ChromiumHarness } from './chromium.js';
import { launchFirefox, type FirefoxHarness } from './firefox.js';
import { testBuild } from './paths.js';
import { startFixtureServer, type FixtureServer } from './server.js';

export interface Suite<B> {
  server: FixtureServer;
  browser: B;
}

function useBrowser<B extends { close(): Promise<void> }, S extends Suite<B>>(executable: string,
  start: (suite: Partial<S>) => Promise<B>): S {
  const suite: Partial<S> = {};
  beforeAll(async () => {
    requireBrowser(executable);
    suite.server = await startFixtureServer();
    suite.browser = await start(suite);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite as S;
}

/** Chromium with the Chrome test build, and `page`: its first tab, where the tests load their pages. */
export function useChromium(): Suite<ChromiumHarness> & { page: Page } {
  return useBrowser(CHROMIUM_PATH, async (suite: Partial<Suite<ChromiumHarness> & { page: Page }>) => {
    const browser = await launchChromium(testBuild('chrome'));
    suite.page = browser.ctx.pages()[0] ?? await browser.ctx.newPage();
    return browser;
  });
}

/** Firefox with the Firefox test build (its harness holds the page). */
export function useFirefox(): Suite<FirefoxHarness> {
  return useBrowser(FIREFOX_PATH, () => launchFirefox(testBuild('firefox')));
}
