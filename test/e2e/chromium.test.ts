/**
 * The Chrome build in real Chromium: the toolbar popup reads the active tab.
 * Needs `npm run build -- --test` (the test build may script http://127.0.0.1,
 * since chrome.action.openPopup() does not grant activeTab).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, requireBrowser, skipWithout } from './helpers/browsers.js';
import { launchChromium, showInActiveTab, type ChromiumHarness } from './helpers/chromium.js';
import { saveScreenshot, testBuild } from './helpers/paths.js';
import { ARTICLE_SENTENCE, ARTICLE_TITLE, PAGES, startFixtureServer, type FixtureServer } from './helpers/server.js';

describe.skipIf(skipWithout(CHROMIUM_PATH))('Chromium: toolbar popup', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumHarness | undefined;
  let page: Page;

  beforeAll(async () => {
    requireBrowser(CHROMIUM_PATH);
    const extension = testBuild('chrome');
    server = await startFixtureServer();
    browser = await launchChromium(extension);
    page = browser.ctx.pages()[0] ?? await browser.ctx.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads `path` in the active tab and opens the real popup on it; returns what the popup shows. */
  async function popupOn(path: string, screenshot: string) {
    const url = server!.url(path);
    await showInActiveTab(page, url);
    expect((await browser!.activeTab())?.url, 'the fixture tab must be the active tab').toBe(url);
    const popup = await browser!.openPopup();
    try {
      const state = await popup.waitForState();
      saveScreenshot(screenshot, await popup.screenshot());
      return {
        state,
        ...await popup.evaluate<{ title: string; heading: string | null; body: string; text: string; theme: string | null }>(`({
          title: document.title,
          heading: document.querySelector('.sift-title')?.textContent ?? null,
          body: document.querySelector('.sift-body')?.textContent ?? '',
          text: document.body.innerText,
          theme: document.querySelector('.sift-root')?.dataset.theme ?? null,
        })`),
      };
    } finally {
      await popup.close();
    }
  }

  it('shows the article of the active tab', async () => {
    const shown = await popupOn(PAGES.article, 'chromium-popup-article-light.png');
    expect(shown.state).toBe('article');
    expect(shown.heading).toBe(ARTICLE_TITLE);
    expect(shown.title).toBe(ARTICLE_TITLE);
    expect(shown.body).toContain(ARTICLE_SENTENCE);
    expect(shown.text).not.toContain('All rights reserved'); // the page's footer stays out
    expect(shown.body).not.toContain('Advertisement'); // the cleanup runs in the real browser too
    expect(shown.theme).toBe('light');
  });

  it('says so when the active tab holds no article', async () => {
    const shown = await popupOn(PAGES.notArticle, 'chromium-popup-not-article-light.png');
    expect(shown.state).toBe('not-article');
    expect(shown.heading).toBeNull();
    expect(shown.text.trim()).not.toBe(''); // the reason, in words
  });

  it('popup.html?tab=<id> opened as a tab reads the named tab (test-build hook)', async () => {
    await showInActiveTab(page, server!.url(PAGES.article));
    const tabId = (await browser!.activeTab())?.id;
    expect(tabId).toBeTypeOf('number');
    const popupTab = await browser!.ctx.newPage();
    try {
      await popupTab.goto(`chrome-extension://${browser!.extensionId}/popup.html?tab=${tabId}`);
      await popupTab.locator('body[data-state]').waitFor({ state: 'attached' });
      expect(await popupTab.locator('body').getAttribute('data-state')).toBe('article');
      expect(await popupTab.locator('.sift-title').textContent()).toBe(ARTICLE_TITLE);
    } finally {
      await popupTab.close();
    }
  });
});
