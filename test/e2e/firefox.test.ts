/**
 * The Firefox build in real Firefox: the toolbar click (here: the test build's
 * #sift-open-overlay hook) opens the reader overlay in the page, its controls
 * work with real mouse and keyboard input, and closing it leaves the page
 * exactly as it was. Needs `npm run build -- --test`.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_PATH, skipWithout } from './helpers/browsers.js';
import {
  checkCopy, checkKeyQuotes, checkRemovedItems, checkRtl, checkShowAnyway, openSettings, pickChoice, summary,
} from './helpers/checks.js';
import { OPEN_OVERLAY_FRAGMENT, OVERLAY_TAG, overlayIsOpen, overlaySurface } from './helpers/firefox.js';
import { saveScreenshot } from './helpers/paths.js';
import { ARTICLE_SENTENCE, ARTICLE_TITLE, NAV_TITLE, PAGES, QUOTES_TITLE, RTL_TITLE } from './helpers/server.js';
import { useFirefox } from './helpers/suites.js';
import { click, pageState, type ReaderRoot, type ReaderSurface } from './helpers/surface.js';

/** The overlay's dialog and what has focus in it; runs in the page, on the closed shadow root. */
function dialogState(root: ReaderRoot) {
  const scroller = root.querySelector<HTMLElement>('.sift-scroller');
  return {
    dialog: scroller?.getAttribute('role') ?? null,
    modal: scroller?.getAttribute('aria-modal') ?? null,
    label: scroller?.getAttribute('aria-label') ?? null,
    focused: root.activeElement ? [...root.activeElement.classList].filter((c) => c !== 'sift-btn').join(' ') : null,
    readerScrollTop: scroller?.scrollTop ?? 0,
  };
}

describe.skipIf(skipWithout(FIREFOX_PATH))('Firefox: in-page overlay', () => {
  const suite = useFirefox();
  let page: Page;
  let overlay: ReaderSurface;

  beforeAll(() => {
    page = suite.browser.page;
    overlay = overlaySurface(page);
  });

  /**
   * Loads `path` fresh, scrolls it, then clicks the toolbar button in effect:
   * the same-document navigation to #sift-open-overlay keeps the document, and
   * the test build's background opens the overlay when the tab reports it complete.
   * Returns the page as it was just before, and the URL the reader sees.
   */
  async function openOverlayOn(path: string, scrollY = 0) {
    const url = suite.server.url(path);
    await page.goto(url);
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
    const before = await pageState(page);
    expect(before.y).toBe(scrollY);
    await page.goto(url + OPEN_OVERLAY_FRAGMENT);
    await page.waitForSelector(OVERLAY_TAG, { timeout: 10_000 });
    return { before, url: url + OPEN_OVERLAY_FRAGMENT };
  }

  /** Escape closes the overlay. */
  async function closeOverlay() {
    await page.keyboard.press('Escape');
    expect(await overlayIsOpen(page)).toBe(false);
  }

  it('opens the reader over the article; Escape closes it and leaves DOM and scroll as they were', async () => {
    const { before } = await openOverlayOn(PAGES.article, 300);

    expect(await overlay.run(dialogState)).toMatchObject({
      dialog: 'dialog', modal: 'true', label: ARTICLE_TITLE, focused: 'sift-scroller',
    });
    const shown = await summary(overlay);
    expect(shown.title).toBe(ARTICLE_TITLE);
    expect(shown.body).toContain(ARTICLE_SENTENCE);
    expect(shown.body).not.toContain('Advertisement');
    expect(shown.settings.theme).toBe('light');
    expect(shown.toolbar.slice(0, 4)).toEqual(['sift-close', 'sift-settings-button', 'sift-copy', 'sift-open-tab']);
    expect(shown.toolbar).not.toContain('sift-overlay');
    saveScreenshot('firefox-overlay-light.png', await page.screenshot());

    // Scroll the reader: it scrolls, the page under it does not.
    const { width, height } = page.viewport() ?? { width: 1280, height: 720 };
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.wheel({ deltaY: 1500 });
    await expect.poll(async () => (await overlay.run(dialogState)).readerScrollTop).toBeGreaterThan(0);
    expect((await pageState(page)).y).toBe(before.y);
    // Something moves the page while the reader is open (its own scripts, a resize): closing puts it back.
    await page.evaluate(() => window.scrollTo(0, 0));

    await closeOverlay();
    const after = await pageState(page);
    expect(after.html).toBe(before.html);
    expect({ x: after.x, y: after.y }).toEqual({ x: before.x, y: before.y });
  });

  it('the close button closes it; Tab first moves focus to that button and stays inside', async () => {
    const { before } = await openOverlayOn(PAGES.article, 200);

    await page.keyboard.press('Tab');
    expect((await overlay.run(dialogState)).focused).toBe('sift-close');
    // Shift+Tab from the first stop wraps to the last one, still inside the reader.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await page.evaluate((tag) => document.activeElement?.localName, OVERLAY_TAG)).toBe(OVERLAY_TAG);
    expect((await overlay.run(dialogState)).focused).not.toBe('sift-close');
    // A mouse click: in this harness Enter on a focused button does not activate it, on any page.
    await click(overlay, '.sift-close');

    expect(await overlayIsOpen(page)).toBe(false);
    const after = await pageState(page);
    expect(after.html).toBe(before.html);
    expect(after.y).toBe(before.y);
  });

  it('says so when the page holds no article; Show anyway reads it all the same', async () => {
    await openOverlayOn(PAGES.notArticle);
    saveScreenshot('firefox-overlay-not-article-light.png', await page.screenshot());
    await checkShowAnyway(overlay, NAV_TITLE);
    await closeOverlay();
  });

  it('marks the key quotes; a click on a key quote scrolls to its mark and flashes it', async () => {
    await openOverlayOn(PAGES.quotes);
    expect((await summary(overlay)).title).toBe(QUOTES_TITLE);
    await checkKeyQuotes(overlay);
    await closeOverlay();
  });

  it('lists what the cleanup removed and shows it back in place on demand', async () => {
    await openOverlayOn(PAGES.article);
    expect(await checkRemovedItems(overlay)).toContain('info_icon');
    await closeOverlay();
  });

  it('copies the article as Markdown to the clipboard', async () => {
    const { url } = await openOverlayOn(PAGES.article);
    // The page reads the clipboard (dom.events.testing.asyncClipboard spares it the "Paste" prompt).
    const clipboard = {
      read: () => page.evaluate(() => navigator.clipboard.readText()),
      write: (text: string) => page.evaluate((t) => navigator.clipboard.writeText(t), text),
    };
    await checkCopy(overlay, clipboard, { title: ARTICLE_TITLE, url });
    await closeOverlay();
  });

  it('lays out a right-to-left article right to left, in its language', async () => {
    await openOverlayOn(PAGES.rtl);
    await checkRtl(overlay, RTL_TITLE, 'ar');
    saveScreenshot('firefox-overlay-rtl.png', await page.screenshot());
    await closeOverlay();
  });

  it('the dark theme chosen in the settings applies at once', async () => {
    await openOverlayOn(PAGES.article);
    try {
      await openSettings(overlay);
      await pickChoice(overlay, 'theme', 'dark');
      expect((await summary(overlay)).settings.theme).toBe('dark');
      saveScreenshot('firefox-overlay-settings-dark.png', await page.screenshot());
      await click(overlay, '.sift-settings-button'); // closes the panel again
      saveScreenshot('firefox-overlay-dark.png', await page.screenshot());
    } finally {
      // Back to the default theme for whatever runs next (the other settings were not touched).
      await openSettings(overlay);
      await pickChoice(overlay, 'theme', 'system');
      expect((await summary(overlay)).settings.theme).toBe('light');
      await closeOverlay();
    }
  });
});
