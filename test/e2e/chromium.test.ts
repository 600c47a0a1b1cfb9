/**
 * The Chrome build in real Chromium: the toolbar popup reads the active tab,
 * its controls work with trusted clicks and keys, and the overlay it opens in
 * the page leaves the page as it was. Needs `npm run build -- --test` (the
 * test build may script http://127.0.0.1, since chrome.action.openPopup() does
 * not grant activeTab).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, skipWithout } from './helpers/browsers.js';
import {
  checkCopy, checkKeyQuotes, checkRemovedItems, checkRtl, checkShowAnyway, checkUiLabelsReadInOrder,
  nudgeSlider, openSettings, pickChoice, summary,
} from './helpers/checks.js';
import { overlayIsOpen, overlaySurface, showInActiveTab, tabSurface, type Popup } from './helpers/chromium.js';
import { saveScreenshot } from './helpers/paths.js';
import { ARTICLE_SENTENCE, ARTICLE_TITLE, NAV_TITLE, PAGES, QUOTES_TITLE, RTL_TITLE } from './helpers/server.js';
import { useChromium } from './helpers/suites.js';
import {
  click, OPEN_OVERLAY_FRAGMENT, OVERLAY_TAG, pageState, type ReaderRoot, type ReaderSurface,
} from './helpers/surface.js';

/** The popup page's own state: what it shows (body[data-state]), how (data-mode) and in which theme. */
function pageFlags(root: ReaderRoot) {
  const doc = root as Document;
  return {
    state: doc.body.dataset.state ?? null,
    mode: doc.body.dataset.mode ?? null,
    theme: doc.documentElement.dataset.theme ?? null,
    lang: doc.documentElement.lang,
    title: doc.title,
  };
}

describe.skipIf(skipWithout(CHROMIUM_PATH))('Chromium: toolbar popup', () => {
  const suite = useChromium();
  let page: Page;

  beforeAll(async () => {
    page = suite.page;
    await suite.browser.grantClipboard();
  });

  /** Loads `path` in the active tab. */
  async function showPage(path: string): Promise<void> {
    const url = suite.server.url(path);
    await showInActiveTab(page, url);
    expect((await suite.browser.activeTab())?.url, 'the fixture tab must be the active tab').toBe(url);
  }

  /** Waits for the overlay in the active tab and runs `use` on it. */
  async function withOverlay(use: (overlay: ReaderSurface) => Promise<void>): Promise<void> {
    await page.waitForSelector(OVERLAY_TAG, { state: 'attached', timeout: 10_000 });
    const cdp = await suite.browser.ctx.newCDPSession(page);
    try {
      await use(overlaySurface(page, cdp));
    } finally {
      await cdp.detach();
    }
  }

  /** Loads `path` in the active tab, opens the real popup on it, waits for its result and runs `use`. */
  async function withPopup<T>(path: string, use: (popup: Popup, state: string) => Promise<T>): Promise<T> {
    await showPage(path);
    const popup = await suite.browser.openPopup();
    try {
      return await use(popup, await popup.waitForState());
    } finally {
      await popup.close();
    }
  }

  it('shows the article of the active tab, in the light theme or the dark one as the system says', async () => {
    await withPopup(PAGES.article, async (popup, state) => {
      expect(state).toBe('article');
      expect(await popup.run(pageFlags)).toMatchObject({ mode: 'popup', theme: 'light', title: ARTICLE_TITLE, lang: 'en' });
      const shown = await summary(popup);
      expect(shown.title).toBe(ARTICLE_TITLE);
      expect(shown.body).toContain(ARTICLE_SENTENCE);
      expect(shown.body).not.toContain('All rights reserved'); // the page's footer stays out
      expect(shown.body).not.toContain('Advertisement'); // the cleanup runs in the real browser too
      expect(shown.settings).toEqual({ theme: 'light', font: 'serif', highlights: 'on', size: '19px' });
      expect(shown.toolbar.slice(0, 5)).toEqual(['sift-settings-button', 'sift-copy', 'sift-overlay', 'sift-open-tab', 'sift-print']);
      saveScreenshot('chromium-popup-light.png', await popup.screenshot());

      // The default theme follows the system colour scheme, at once; the page behind the reader too.
      await popup.colorScheme('dark');
      await expect.poll(async () => (await summary(popup)).settings.theme).toBe('dark');
      saveScreenshot('chromium-popup-dark.png', await popup.screenshot());
      expect((await popup.run(pageFlags)).theme, 'html[data-theme] follows the system colour scheme').toBe('dark');
    });
  });

  it('a settings change keeps the dark theme the system asks for', async () => {
    try {
      await withPopup(PAGES.article, async (popup) => {
        await popup.colorScheme('dark');
        await expect.poll(async () => (await summary(popup)).settings.theme).toBe('dark');
        await openSettings(popup);
        await pickChoice(popup, 'font', 'sans');
        // Saved, and the storage change has come back to the popup (every view listens for it).
        await expect.poll(() => suite.browser.storedSettings()).toMatchObject({ theme: 'system', font: 'sans' });
        await new Promise((r) => setTimeout(r, 300));
        expect((await summary(popup)).settings).toMatchObject({ theme: 'dark', font: 'sans' });
      });
    } finally {
      await suite.browser.resetSettings();
    }
  });

  it('marks the key quotes in the article; a click on a key quote scrolls to its mark and flashes it', async () => {
    await withPopup(PAGES.quotes, async (popup, state) => {
      expect(state).toBe('article');
      expect((await summary(popup)).title).toBe(QUOTES_TITLE);
      await checkKeyQuotes(popup);
    });
  });

  it('lists what the cleanup removed and shows it back in place on demand', async () => {
    await withPopup(PAGES.article, async (popup) => {
      const removed = await checkRemovedItems(popup);
      expect(removed).toContain('info_icon');
      expect(removed).toContain('Advertisement');
    });
  });

  it('says so when the active tab holds no article; Show anyway reads it all the same', async () => {
    await withPopup(PAGES.notArticle, async (popup, state) => {
      expect(state).toBe('not-article');
      saveScreenshot('chromium-popup-not-article-light.png', await popup.screenshot());
      await checkShowAnyway(popup, NAV_TITLE);
      expect(await popup.waitForState()).toBe('article');
    });
  });

  it('lays out a right-to-left article right to left, in its language', async () => {
    await withPopup(PAGES.rtl, async (popup, state) => {
      expect(state).toBe('article');
      await checkRtl(popup, RTL_TITLE, 'ar');
      expect((await popup.run(pageFlags)).lang).toBe('ar');
      saveScreenshot('chromium-popup-rtl.png', await popup.screenshot());
    });
  });

  it('keeps its own English labels in reading order inside a right-to-left article', async () => {
    // The same measure on an English article first: there the labels do read in order.
    await withPopup(PAGES.article, (popup) => checkUiLabelsReadInOrder(popup));
    await withPopup(PAGES.rtl, (popup) => checkUiLabelsReadInOrder(popup));
  });

  it('applies settings at once in every open view, and keeps them for the next popup', async () => {
    await showPage(PAGES.article);
    const tabId = (await suite.browser.activeTab())!.id!;
    // A reader tab open at the same time: it must follow the popup's changes without a reload.
    const readerTab = await suite.browser.ctx.newPage();
    const chosen = { theme: 'dark', font: 'sans', highlights: 'on', size: '22px' };
    try {
      await readerTab.goto(suite.browser.readerTabUrl(tabId));
      await readerTab.locator('body[data-state="article"]').waitFor({ state: 'attached' });
      const other = tabSurface(readerTab);

      await withPopup(PAGES.article, async (popup) => {
        await openSettings(popup);
        saveScreenshot('chromium-popup-settings.png', await popup.screenshot());
        await pickChoice(popup, 'theme', 'dark');
        expect((await summary(popup)).settings.theme).toBe('dark');
        expect((await popup.run(pageFlags)).theme).toBe('dark');
        await click(popup, '.sift-settings-button'); // the panel closes again
        await popup.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 5, y: 300 }); // no hover in the picture
        saveScreenshot('chromium-popup-dark-theme.png', await popup.screenshot());
        await openSettings(popup);
        await pickChoice(popup, 'font', 'sans');
        expect(await nudgeSlider(popup, 'size', 3)).toBe('22');
        expect((await summary(popup)).settings).toEqual(chosen);
        await expect.poll(async () => (await summary(other)).settings).toEqual(chosen);
        saveScreenshot('chromium-popup-settings-dark.png', await popup.screenshot());
      });

      await withPopup(PAGES.article, async (popup) => {
        expect((await summary(popup)).settings).toEqual(chosen);
        expect((await popup.run(pageFlags)).theme).toBe('dark');
        // The panel shows the stored values too.
        expect(await popup.run((root) => ({
          theme: root.querySelector<HTMLInputElement>('.sift-choice-theme input:checked')?.value,
          font: root.querySelector<HTMLInputElement>('.sift-choice-font input:checked')?.value,
          size: root.querySelector<HTMLInputElement>('.sift-slider-size input')?.value,
        }))).toEqual({ theme: 'dark', font: 'sans', size: '22' });
      });
    } finally {
      await readerTab.close();
      await suite.browser.resetSettings();
    }
  });

  it('copies the article as Markdown to the clipboard', async () => {
    const url = suite.server.url(PAGES.article);
    await withPopup(PAGES.article, async (popup) => {
      // The popup reads the clipboard itself (Browser.grantPermissions gave its origin clipboardReadWrite).
      const clipboard = {
        read: () => popup.run(() => navigator.clipboard.readText()),
        write: (text: string) => popup.run((_, t) => navigator.clipboard.writeText(t), text),
      };
      const markdown = await checkCopy(popup, clipboard, { title: ARTICLE_TITLE, url });
      expect(markdown).toContain(ARTICLE_SENTENCE);
    });
  });

  it('"Read over the page" opens the overlay; Escape closes it and leaves DOM and scroll as they were', async () => {
    await showPage(PAGES.article);
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await pageState(page);
    expect(before.y).toBe(300);

    const popup = await suite.browser.openPopup();
    try {
      expect(await popup.waitForState()).toBe('article');
      await click(popup, '.sift-overlay');
      await popup.waitClosed(); // the popup closes itself once the overlay is open
    } finally {
      await popup.close();
    }
    await withOverlay(async (overlay) => {
      const shown = await summary(overlay);
      expect(shown.title).toBe(ARTICLE_TITLE);
      expect(shown.body).toContain(ARTICLE_SENTENCE);
      expect(shown.toolbar[0]).toBe('sift-close');
      expect(shown.toolbar).not.toContain('sift-overlay');
      expect(shown.settings.theme).toBe('light');
      saveScreenshot('chromium-overlay-light.png', await page.screenshot());

      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(async () => (await summary(overlay)).settings.theme).toBe('dark');
      saveScreenshot('chromium-overlay-dark.png', await page.screenshot());
      await page.emulateMedia({ colorScheme: 'light' });

      // The reader scrolls; the page under it does not.
      await page.mouse.move(400, 400);
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => overlay.run((root) => root.querySelector('.sift-scroller')!.scrollTop)).toBeGreaterThan(0);
      expect((await pageState(page)).y).toBe(300);

      await page.keyboard.press('Escape');
      expect(await overlayIsOpen(page)).toBe(false);
    });
    const after = await pageState(page);
    expect(after.html).toBe(before.html);
    expect({ x: after.x, y: after.y }).toEqual({ x: before.x, y: before.y });
  });

  it('the overlay on a page with no article offers Show anyway too', async () => {
    // The test build's stand-in for the keyboard command: the page's #sift-open-overlay fragment.
    await showPage(PAGES.notArticle);
    await page.goto(suite.server.url(PAGES.notArticle) + OPEN_OVERLAY_FRAGMENT);
    await withOverlay(async (overlay) => {
      await checkShowAnyway(overlay, NAV_TITLE);
      await page.keyboard.press('Escape');
      expect(await overlayIsOpen(page)).toBe(false);
    });
  });

  it('popup.html?tab=<id>&view=tab ("open in a tab") reads the named tab', async () => {
    await showPage(PAGES.article);
    const tabId = (await suite.browser.activeTab())!.id!;
    const popupTab = await suite.browser.ctx.newPage();
    try {
      await popupTab.goto(suite.browser.readerTabUrl(tabId));
      await popupTab.locator('body[data-state]').waitFor({ state: 'attached' });
      const flags = await tabSurface(popupTab).run(pageFlags);
      expect(flags).toMatchObject({ state: 'article', mode: 'tab', title: ARTICLE_TITLE });
      const shown = await summary(tabSurface(popupTab));
      expect(shown.title).toBe(ARTICLE_TITLE);
      expect(shown.toolbar).not.toContain('sift-open-tab');
    } finally {
      await popupTab.close();
    }
  });
  it('on a browser page (chrome://) the popup says why it cannot read it', async () => {
    await showInActiveTab(page, 'chrome://version/');
    const popup = await suite.browser.openPopup();
    try {
      expect(await popup.waitForState()).toBe('restricted');
      const text = await popup.evaluate<string>("document.querySelector('.sift-message')?.textContent ?? ''");
      expect(text).toMatch(/cannot read/);
      saveScreenshot('chromium-popup-restricted.png', await popup.screenshot());
    } finally {
      await popup.close();
    }
  });
  it('evaluates the content script once per tab and listens only while it has work', async () => {
    await showPage(PAGES.article);
    const tabId = (await suite.browser.activeTab())!.id!;
    /** What the extension's isolated world in the tab holds: the reader instance, a mark on it, live message listeners. */
    const probe = () => suite.browser.worker.evaluate(async (id) => {
      const g = globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<Array<{ result: unknown }>> } } };
      const [r] = await g.chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const w = globalThis as unknown as { __siftReader?: { mark?: number }; chrome: { runtime: { onMessage: { hasListeners(): boolean } } } };
          if (w.__siftReader) w.__siftReader.mark ??= Math.random();
          return { loaded: Boolean(w.__siftReader), mark: w.__siftReader?.mark ?? null, listening: w.chrome.runtime.onMessage.hasListeners() };
        },
      });
      return r!.result as { loaded: boolean; mark: number | null; listening: boolean };
    }, tabId);

    expect(await probe()).toMatchObject({ loaded: false, listening: false }); // nothing before the click
    const popup = await suite.browser.openPopup();
    expect(await popup.waitForState()).toBe('article');
    await popup.close();
    const first = await probe();
    expect(first).toMatchObject({ loaded: true, listening: false }); // done: no listener left behind
    const again = await suite.browser.openPopup();
    expect(await again.waitForState()).toBe('article'); // a second click reuses it
    await again.close();
    expect(await probe()).toEqual({ loaded: true, mark: first.mark, listening: false }); // the same instance
  });
});
