/**
 * Issue 6.1: a page full of XSS vectors (test/hostile/vectors.ts), read in every
 * place the reader shows an article: Chromium's popup, a reader tab and the
 * overlay, Firefox's overlay. Each would set window.__siftXss if it ran.
 *
 * The page is served without a CSP, so its own copy of the vectors runs when it
 * loads (the tests check that it did, then forget the flag). A CSP such as
 * script-src 'none' would keep the page's copy quiet, but it would stop the
 * overlay's copy just the same: the overlay lives in the page, and a page's CSP
 * governs inline handlers whoever inserted them (PLANT_HANDLER shows the check
 * can fail without one). The popup and the reader tab have their own documents
 * and their own (extension) CSP, whatever the page sends.
 */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, FIREFOX_PATH, skipWithout } from './helpers/browsers.js';
import { overlaySurface as chromiumOverlay, showInActiveTab, tabSurface } from './helpers/chromium.js';
import { inSandbox, overlaySurface as firefoxOverlay } from './helpers/firefox.js';
import { checkHostileStory, FLAG_TYPE, FORGET_FLAG, PLANT_HANDLER, POPUP_SHELL } from './helpers/hostile.js';
import { PAGES } from './helpers/server.js';
import { useChromium, useFirefox } from './helpers/suites.js';
import { click, OPEN_OVERLAY_FRAGMENT, OVERLAY_TAG } from './helpers/surface.js';

/** Playwright's and Puppeteer's pages both evaluate a string in the page's main world. */
interface AnyPage { evaluate(expression: string): Promise<unknown> }
const flagIn = (page: AnyPage) => page.evaluate(FLAG_TYPE) as Promise<string>;

/**
 * Waits until the freshly loaded hostile page has run its own copy of the vectors
 * (so this browser does run them in a page), lets late ones (toggle and error
 * events) fire too, then forgets the flag: from here on, only the reader can set it.
 */
async function forgetPageOwnRun(page: AnyPage): Promise<void> {
  await expect.poll(() => flagIn(page), { timeout: 5_000 }).toBe('number');
  await new Promise((r) => setTimeout(r, 200));
  await page.evaluate(FORGET_FLAG);
  expect(await flagIn(page)).toBe('undefined');
}

describe.skipIf(skipWithout(CHROMIUM_PATH))('Chromium: a hostile page runs nothing in the reader', () => {
  const suite = useChromium();

  /** Loads the hostile page in the active tab and forgets its own run; returns the tab's id. */
  async function showHostilePage(): Promise<number> {
    const url = suite.server.url(PAGES.hostile);
    await showInActiveTab(suite.page, url);
    await forgetPageOwnRun(suite.page);
    const tab = await suite.browser.activeTab();
    expect(tab?.url, 'the hostile page must be the active tab').toBe(url);
    return tab!.id!;
  }

  it('in the popup: shows the story, keeps nothing active, runs nothing there or in the page', async () => {
    await showHostilePage();
    const popup = await suite.browser.openPopup();
    try {
      expect(await popup.waitForState()).toBe('article');
      await checkHostileStory(popup, POPUP_SHELL);
      expect(await popup.evaluate(FLAG_TYPE), 'flag in the popup').toBe('undefined');
    } finally {
      await popup.close();
    }
    // The content script read the page where it lives.
    expect(await flagIn(suite.page), 'flag in the page').toBe('undefined');
  });

  it('in a reader tab: shows the story, keeps nothing active, runs nothing', async () => {
    const tabId = await showHostilePage();
    const readerTab = await suite.browser.ctx.newPage();
    try {
      await readerTab.goto(suite.browser.readerTabUrl(tabId));
      await readerTab.locator('body[data-state="article"]').waitFor({ state: 'attached' });
      await checkHostileStory(tabSurface(readerTab), POPUP_SHELL);
      expect(await flagIn(readerTab), 'flag in the reader tab').toBe('undefined');
    } finally {
      await readerTab.close();
    }
    expect(await flagIn(suite.page), 'flag in the page').toBe('undefined');
  });

  it('in the overlay ("Read over the page"): shows the story, keeps nothing active, runs nothing in the page', async () => {
    await showHostilePage();
    const popup = await suite.browser.openPopup();
    try {
      expect(await popup.waitForState()).toBe('article');
      await click(popup, '.sift-overlay');
      await popup.waitClosed();
    } finally {
      await popup.close();
    }
    await suite.page.waitForSelector(OVERLAY_TAG, { state: 'attached', timeout: 10_000 });
    const cdp = await suite.browser.ctx.newCDPSession(suite.page);
    try {
      await checkHostileStory(chromiumOverlay(suite.page, cdp));
      expect(await flagIn(suite.page), 'flag in the page').toBe('undefined');

      // The canary: the same check sees a handler put into a closed shadow root from an isolated world.
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id, worldName: 'sift-e2e',
      });
      await cdp.send('Runtime.evaluate', { expression: PLANT_HANDLER, contextId: executionContextId });
      await expect.poll(() => flagIn(suite.page), { timeout: 3_000 }).toBe('number');
    } finally {
      await cdp.detach();
    }
  });
});

describe.skipIf(skipWithout(FIREFOX_PATH))('Firefox: a hostile page runs nothing in the reader', () => {
  const suite = useFirefox();

  it('in the overlay: shows the story, keeps nothing active, runs nothing in the page', async () => {
    const { page } = suite.browser;
    const url = suite.server.url(PAGES.hostile);
    await page.goto(url);
    await forgetPageOwnRun(page);
    // The toolbar click, in effect (a same-document navigation: the page and its forgotten flag stay).
    await page.goto(url + OPEN_OVERLAY_FRAGMENT);
    await page.waitForSelector(OVERLAY_TAG, { timeout: 10_000 });

    await checkHostileStory(firefoxOverlay(page));
    expect(await flagIn(page), 'flag in the page').toBe('undefined');

    // The canary: the same check sees a handler put into a closed shadow root from a sandbox.
    await inSandbox(page, PLANT_HANDLER);
    await expect.poll(() => flagIn(page), { timeout: 3_000 }).toBe('number');
  });
});
