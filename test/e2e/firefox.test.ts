/**
 * The Firefox build in real Firefox: the toolbar click (here: the test build's
 * #sift-open-overlay hook) opens the reader overlay in the page, and closing it
 * leaves the page exactly as it was. Needs `npm run build -- --test`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_PATH, requireBrowser, skipWithout } from './helpers/browsers.js';
import {
  OPEN_OVERLAY_FRAGMENT, OVERLAY_TAG, inOverlay, launchFirefox, overlayIsOpen, type FirefoxHarness,
} from './helpers/firefox.js';
import { saveScreenshot, testBuild } from './helpers/paths.js';
import { ARTICLE_SENTENCE, ARTICLE_TITLE, PAGES, startFixtureServer, type FixtureServer } from './helpers/server.js';

/** What the reader in the overlay shows; runs in the page, on the closed shadow root. */
function readOverlay(root: ShadowRoot) {
  const scroller = root.querySelector<HTMLElement>('.sift-scroller');
  return {
    dialog: scroller?.getAttribute('role') ?? null,
    label: scroller?.getAttribute('aria-label') ?? null,
    heading: root.querySelector('.sift-title')?.textContent ?? null,
    body: root.querySelector('.sift-body')?.textContent ?? '',
    message: root.querySelector('.sift-message')?.textContent ?? null,
    theme: root.querySelector<HTMLElement>('.sift-root')?.dataset.theme ?? null,
    focused: root.activeElement?.className ?? null,
    readerScrollTop: scroller?.scrollTop ?? 0,
  };
}

function pageState(page: Page) {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY }));
}

describe.skipIf(skipWithout(FIREFOX_PATH))('Firefox: in-page overlay', () => {
  let server: FixtureServer | undefined;
  let firefox: FirefoxHarness | undefined;
  let page: Page;

  beforeAll(async () => {
    requireBrowser(FIREFOX_PATH);
    const extension = testBuild('firefox');
    server = await startFixtureServer();
    firefox = await launchFirefox(extension);
    page = firefox.page;
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /**
   * Loads the article fresh, scrolls it, then clicks the toolbar button in effect:
   * the same-document navigation to #sift-open-overlay keeps the document, and
   * the test build's background opens the overlay when the tab reports it complete.
   */
  async function openOnScrolledArticle(scrollY: number) {
    const url = server!.url(PAGES.article);
    await page.goto(url);
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
    const before = await pageState(page);
    expect(before.y).toBe(scrollY);
    await page.goto(url + OPEN_OVERLAY_FRAGMENT);
    await page.waitForSelector(OVERLAY_TAG, { timeout: 10_000 });
    return before;
  }

  it('opens the reader over the article; Escape closes it and leaves DOM and scroll as they were', async () => {
    const before = await openOnScrolledArticle(300);

    const shown = await inOverlay(page, readOverlay);
    expect(shown.dialog).toBe('dialog');
    expect(shown.label).toBe(ARTICLE_TITLE);
    expect(shown.heading).toBe(ARTICLE_TITLE);
    expect(shown.body).toContain(ARTICLE_SENTENCE);
    expect(shown.theme).toBe('light');
    expect(shown.focused).toBe('sift-scroller');
    saveScreenshot('firefox-overlay-article-light.png', await page.screenshot());

    // Scroll the reader: it scrolls, the page under it does not.
    const { width, height } = page.viewport() ?? { width: 1280, height: 720 };
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.wheel({ deltaY: 1500 });
    await expect.poll(async () => (await inOverlay(page, readOverlay)).readerScrollTop).toBeGreaterThan(0);
    expect((await pageState(page)).y).toBe(before.y);
    // Something moves the page while the reader is open (its own scripts, a resize): closing puts it back.
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.keyboard.press('Escape');
    expect(await overlayIsOpen(page)).toBe(false);
    const after = await pageState(page);
    expect(after.html).toBe(before.html);
    expect({ x: after.x, y: after.y }).toEqual({ x: before.x, y: before.y });
  });

  it('the close button closes it; Tab first moves focus to that button', async () => {
    const before = await openOnScrolledArticle(200);

    await page.keyboard.press('Tab');
    expect((await inOverlay(page, readOverlay)).focused).toBe('sift-close');
    const box = await inOverlay(page, (root) => {
      const r = root.querySelector('.sift-close')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    // A mouse click: in this harness Enter on a focused button does not activate it, on any page.
    await page.mouse.click(box.x, box.y);

    expect(await overlayIsOpen(page)).toBe(false);
    const after = await pageState(page);
    expect(after.html).toBe(before.html);
    expect(after.y).toBe(before.y);
  });

  it('says so when the page holds no article', async () => {
    await page.goto(server!.url(PAGES.notArticle) + OPEN_OVERLAY_FRAGMENT);
    await page.waitForSelector(OVERLAY_TAG, { timeout: 10_000 });
    const shown = await inOverlay(page, readOverlay);
    expect(shown.heading).toBeNull();
    expect(shown.message?.trim()).toBeTruthy(); // the reason, in words
    saveScreenshot('firefox-overlay-not-article-light.png', await page.screenshot());
    await page.keyboard.press('Escape');
    expect(await overlayIsOpen(page)).toBe(false);
  });
});
