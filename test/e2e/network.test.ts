/**
 * Issue 6.4: the extension makes no network requests of its own. In Chromium,
 * CDP's Network domain watches the popup (from before it loads anything), the
 * service worker and the page, from just before the toolbar click until the
 * article is painted; the fixture server's own log is a second witness. Each
 * watcher is shown to see a request made on purpose before it is trusted to
 * have seen none.
 */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, skipWithout } from './helpers/browsers.js';
import { summary } from './helpers/checks.js';
import { showInActiveTab, waitFor, type Popup } from './helpers/chromium.js';
import { cdpEvents, header, recordRequests, startRecording, type RequestLog, type SeenRequest } from './helpers/network.js';
import { ARTICLE_TITLE, BARE_TITLE, PAGES, type ServedRequest } from './helpers/server.js';
import { useChromium } from './helpers/suites.js';

/** What each witness saw between the click and the painted article. */
interface Seen {
  popup: SeenRequest[];
  worker: SeenRequest[];
  page: SeenRequest[];
  server: ServedRequest[];
}

/** The popup's watcher missed part of what the popup loaded: the run tells nothing. */
class LateWatcher extends Error {}

/**
 * The browser's own request for the tab's icon, which it may make after the page
 * has loaded, whatever the extension does: a GET of /favicon.ico from the page
 * (CDP types it Other; a script's fetch would be Fetch). The bare page declares a
 * data: icon instead, so this happens only on the article page.
 */
function isTabIcon(r: SeenRequest | ServedRequest, pageUrl: string): boolean {
  if ('path' in r) return r.path === '/favicon.ico' && r.referer === pageUrl;
  return r.url === new URL('/favicon.ico', pageUrl).href && r.type === 'Other' && header(r, 'Referer') === pageUrl;
}

describe.skipIf(skipWithout(CHROMIUM_PATH))('Chromium: no network requests of the extension\'s own', () => {
  const suite = useChromium();

  /** The extension's own files (popup.html, popup.js): loaded from its package, not the network. */
  const ownFile = (r: SeenRequest) => r.url.startsWith(`chrome-extension://${suite.browser.extensionId}/`);

  /**
   * Each witness sees a request made on purpose in its own target, so that its
   * silence means something. Called once the watched stretch is over.
   */
  async function checkWitnesses(popup: Popup, logs: { popup: RequestLog; worker: RequestLog; page: RequestLog }): Promise<void> {
    const probe = (who: string) => suite.server.url(`/probe-${who}`);
    const fetchIgnoringFailure = (url: string) => `fetch(${JSON.stringify(url)}).then(() => 0, () => 0)`;
    await popup.evaluate(fetchIgnoringFailure(probe('popup')));
    await suite.browser.worker.evaluate(fetchIgnoringFailure(probe('worker')));
    await suite.page.evaluate(fetchIgnoringFailure(probe('page')));
    for (const who of ['popup', 'worker', 'page'] as const) {
      await expect.poll(() => logs[who].has(probe(who)), { message: `the ${who}'s watcher sees a fetch made there` }).toBe(true);
    }
    const probes = suite.server.requests.map((r) => r.path).filter((p) => p.startsWith('/probe-')).sort();
    expect(probes, 'probes that reached the fixture server').toEqual(['/probe-page', '/probe-popup', '/probe-worker']);
  }

  /**
   * Loads `path` in the active tab; once it has loaded, watches the page and the
   * service worker, clicks the toolbar button with the popup watched from before
   * it loads, and waits for the article to be painted and for `settle`. Returns
   * what each witness saw until then, after checking that each would have seen a request.
   */
  async function watchOnce(path: string, title: string, settle: (popup: Popup) => Promise<void>): Promise<Seen> {
    await showInActiveTab(suite.page, suite.server.url(path)); // resolves once the page has loaded
    expect((await suite.browser.activeTab())?.url).toBe(suite.server.url(path));
    const pageCdp = await suite.browser.ctx.newCDPSession(suite.page);
    const worker = await suite.browser.attachServiceWorker();
    let popup: Popup | undefined;
    try {
      const pageLog = await recordRequests(cdpEvents(pageCdp));
      const workerLog = await recordRequests(worker);
      let popupLog: RequestLog | undefined;
      suite.server.requests.length = 0;
      popup = await suite.browser.openPopup({ beforeLoad: (early) => { popupLog = startRecording(early); } });
      expect(await popup.waitForState()).toBe('article');
      await waitFor(() => popup!.evaluate<boolean>("performance.getEntriesByName('sift:painted').length > 0"), 5_000,
        'the article to be painted');
      expect((await summary(popup)).title).toBe(title);
      await settle(popup);
      const listed = await popup.evaluate<string[]>("performance.getEntriesByType('resource').map((e) => e.name)");
      const seen = {
        popup: popupLog!.take(), worker: workerLog.take(), page: pageLog.take(), server: suite.server.requests.splice(0),
      };

      // The popup's watcher was on from the start: it saw the popup's page load, and all that the
      // popup lists as loaded (Resource Timing, which knows nothing of failed requests).
      const heard = new Set(seen.popup.map((r) => r.url));
      const missed = [`chrome-extension://${suite.browser.extensionId}/popup.html`, ...listed].filter((url) => !heard.has(url));
      if (missed.length) throw new LateWatcher(`the popup's watcher missed ${missed.join(', ')}`);
      await checkWitnesses(popup, { popup: popupLog!, worker: workerLog, page: pageLog });
      return seen;
    } finally {
      await popup?.close();
      await worker.detach();
      await pageCdp.detach();
    }
  }

  /**
   * watchOnce, again when the popup's watcher came on late: now and then, on a busy
   * machine, Chromium hands a session opened on the held popup its renderer only after
   * the first requests have gone. Such a run proves nothing either way.
   */
  async function watchReading(path: string, title: string, settle: (popup: Popup) => Promise<void> = async () => {}): Promise<Seen> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await watchOnce(path, title, settle);
      } catch (err) {
        if (!(err instanceof LateWatcher) || attempt === 3) throw err;
      }
    }
  }

  it('on a page that loads nothing: no request from the popup, the service worker or the page, from click to painted article', async () => {
    // A moment after the paint too: a request made just after it counts.
    const seen = await watchReading(PAGES.bare, BARE_TITLE, () => new Promise((r) => setTimeout(r, 300)));
    expect(seen.popup.filter((r) => !ownFile(r)), 'requests of the popup').toEqual([]);
    expect(seen.worker, 'requests of the service worker').toEqual([]);
    expect(seen.page, 'requests of the page after it had loaded').toEqual([]);
    expect(seen.server, 'requests that reached the fixture server').toEqual([]);
  });

  it('on an article with pictures: the popup only GETs the article\'s own pictures, with no Referer; '
    + 'the service worker and the page nothing', async () => {
    const pictures = async (popup: Popup) => {
      // The reader's pictures load lazily: bring each into view and let it load.
      const count = await popup.run((root) => root.querySelectorAll('.sift-body img').length);
      expect(count, 'pictures in the reader').toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        await popup.run((root, n) => root.querySelectorAll('.sift-body img')[n]!.scrollIntoView({ block: 'center' }), i);
        await waitFor(() => popup.run((root, n) => {
          const img = root.querySelectorAll<HTMLImageElement>('.sift-body img')[n]!;
          return img.complete && img.naturalWidth > 0;
        }, i), 5_000, `picture ${i} to load in the popup`);
      }
    };
    const seen = await watchReading(PAGES.article, ARTICLE_TITLE, pictures);
    const pagePictures = await suite.page.evaluate(() => [...document.images].map((img) => img.src));

    const requests = seen.popup.filter((r) => !ownFile(r));
    expect(requests.length, 'the popup loads the article\'s pictures').toBeGreaterThan(0);
    for (const r of requests) {
      expect({ url: r.url, method: r.method, type: r.type }, 'a request of the popup')
        .toEqual({ url: expect.toBeOneOf(pagePictures), method: 'GET', type: 'Image' });
      // CDP lists the Referer the request would carry; an empty one is none (the server checks below).
      expect(header(r, 'Referer') ?? '', `Referer of ${r.url}`).toBe('');
      expect(r.referrerPolicy).toBe('no-referrer');
    }
    expect(seen.worker, 'requests of the service worker').toEqual([]);
    const pageUrl = suite.server.url(PAGES.article);
    expect(seen.page.filter((r) => !isTabIcon(r, pageUrl)), 'requests of the page after it had loaded').toEqual([]);
    // The fixture server got the pictures, without a Referer, and nothing else but the tab's icon.
    const served = seen.server.filter((r) => !isTabIcon(r, pageUrl));
    expect(served.length).toBeGreaterThan(0);
    for (const r of served) expect(r).toEqual({ method: 'GET', path: expect.stringMatching(/^\/images\//), referer: undefined });
  });
});
