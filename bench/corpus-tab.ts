/**
 * Corpus pages in headless Chromium, offline, and our code run inside them:
 * what `npm run bench`'s Chromium section (bench/perf/browser.ts, the page's
 * scripts off) and `bench:quality --browser` (bench/quality/browser.ts, the
 * page's scripts on) share.
 *
 * The code. An entry file is bundled with esbuild at bench time, in memory:
 * a minified IIFE for chrome120 with the defines build/build.ts gives the
 * Chrome build. It runs in an isolated world made for it (CDP
 * Page.createIsolatedWorld, then Runtime.evaluate there): where an
 * extension's content script runs, a world the page's own scripts cannot see
 * and that turning them off does not stop. (Runtime.evaluate runs in the
 * page's main world too, but with scripts off Blink then refuses to call back
 * into script, so DOMPurify's Trusted Types policy throws and readPage fails
 * on every page.)
 *
 * The page. Chromium is launched with the e2e harness's flags (CHROMIUM_FLAGS
 * of test/e2e/helpers/chromium.ts), headless, service workers blocked, the
 * page's scripts on or off (Playwright's `javaScriptEnabled`, i.e. CDP
 * Emulation.setScriptExecutionDisabled; off, <noscript> is parsed as markup,
 * as under jsdom). Every request is routed: the first main-frame navigation
 * gets the corpus page's bytes as they are on disk (unpacked when gzipped),
 * at its task URL (http://corpus.test/<name> when it has none); every other
 * request is aborted (the page's scripts, styles and images, its scripts' own
 * fetches, a meta refresh or a script sending the tab elsewhere), so nothing
 * reaches the network and nothing replaces the page. The bytes are not re-encoded,
 * Chromium decodes them: the content type says `charset=utf-8` only when they
 * are valid UTF-8, the rule of the CLI's decodePage (a saved page keeps the
 * <meta charset> of the encoding it was saved from: one corpus page declares
 * gb2312 over UTF-8 bytes), so jsdom and Chromium read the same text; other
 * pages are decoded by their BOM, their declaration or Chromium's guess.
 *
 * One tab serves every page, one page at a time. A tab whose renderer
 * crashed, or that no longer answers (a page script in an endless loop), is
 * replaced; windows a page's script opens are closed; its dialogs are
 * dismissed (Playwright does so when nobody listens for them).
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Request } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/helpers/browsers.js';
import { CHROMIUM_FLAGS } from '../test/e2e/helpers/chromium.js';
import type { PageTask } from './quality/types.js';

export { CHROMIUM_PATH };

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

/** How long a tab that is being reset may take to show about:blank, or to close, before it is given up on. */
const RESET_TIMEOUT_MS = 5_000;

/** `entry` (relative to `root`) as an in-page IIFE, with the defines build/build.ts sets for Chrome. */
export async function bundleEntry(root: string, entry: string, minify = true): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    // Unminified only for a profile, so it names our functions.
    minify,
    format: 'iife',
    target: 'chrome120',
    define: {
      __SIFT_BROWSER__: JSON.stringify('chrome'),
      __SIFT_TEST__: JSON.stringify(false),
      __SIFT_VERSION__: JSON.stringify(pkg.version),
    },
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  return out.outputFiles[0]!.text;
}

/** A page served at a fake address when the corpus gives it none. */
export const pageUrl = (task: PageTask): string => task.url || `http://corpus.test/${encodeURIComponent(task.name)}`;

/** A saved page's bytes; a gzipped save (wcxb-dev's page.html.gz) unpacked, as the CLI's loadPage reads it. */
async function savedBytes(file: string): Promise<Buffer> {
  const raw = await readFile(file);
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Evaluates `expression` in execution context `contextId` and returns its JSON value (a promise's, with `awaitPromise`). */
export async function evaluate<T>(cdp: CDPSession, contextId: number, expression: string, awaitPromise = false): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** `promise`, or an error saying what took longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Resolves true once the document's readyState is `state` or later
 * ('interactive': DOMContentLoaded; 'complete': the load event), false after
 * `timeoutMs`. Asked of the document itself: Playwright's own lifecycle wait
 * misses DOMContentLoaded when a script started a navigation away before it
 * (aborted here), and the tab would wait out its time-out on a parsed page.
 */
export async function readyState(shown: ShownPage, state: 'interactive' | 'complete', timeoutMs: number): Promise<boolean> {
  const reached = `(() => { const order = ['loading', 'interactive', 'complete'];
    const ok = () => order.indexOf(document.readyState) >= order.indexOf(${JSON.stringify(state)});
    return ok() || new Promise((resolve) => document.addEventListener('readystatechange', () => { if (ok()) resolve(true); })); })()`;
  return withTimeout(evaluate<boolean>(shown.cdp, shown.world, reached, true), timeoutMs, 'the page').catch(() => false);
}

/** Going from `from` to `to` would only scroll to a #fragment, not load a new document. */
const fragmentOnly = (from: string, to: string) => to.includes('#') && from.replace(/#.*/s, '') === to.replace(/#.*/s, '');

/** A corpus page on show, with our bundle evaluated in an isolated world of its main frame. */
export interface ShownPage {
  page: Page;
  cdp: CDPSession;
  /** The isolated world's execution context id. */
  world: number;
  url: string;
  /** Uncaught errors of the page's own scripts so far (first line of each). */
  scriptErrors: string[];
  /** Main-frame navigations away from the page that were stopped (a script or a meta refresh). */
  blockedNavigations: number;
}

export interface CorpusTab {
  /** Chromium's version, as the browser reports it. */
  version: string;
  /**
   * Show `task`'s page, evaluate `bundle` in a fresh isolated world of its
   * main frame as soon as the document is there, then wait for
   * DOMContentLoaded: nothing of ours runs on the page until then. Throws
   * when the page takes over `timeoutMs` to arrive or to be parsed.
   */
  show(task: PageTask, bundle: string, timeoutMs: number): Promise<ShownPage>;
  /** The page on show, or last shown (also when `show` threw); undefined after `reset`. */
  readonly current: ShownPage | undefined;
  /** After a page failed: the tab back on about:blank, or closed to be replaced at the next show. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function openCorpusTab({ scripts }: { scripts: boolean }): Promise<CorpusTab> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const ctx: BrowserContext = await browser.newContext({ javaScriptEnabled: scripts, serviceWorkers: 'block' });
    /** What the next main-frame navigation of `page` is served; null once it has been. */
    let serving: { page: Page; body: Buffer; contentType: string } | null = null;
    let current: ShownPage | undefined;
    /** The tab a request navigates, when it navigates a tab's main frame. */
    const tabOf = (req: Request): Page | null => {
      try {
        const frame = req.isNavigationRequest() ? req.frame() : null;
        return frame && frame.parentFrame() === null ? frame.page() : null;
      } catch {
        return null; // a window a script opens navigates before its frame exists: never the page shown
      }
    };
    await ctx.route('**/*', async (route) => {
      const doc = serving;
      const tab = tabOf(route.request());
      try {
        if (doc && tab === doc.page) {
          serving = null;
          await route.fulfill({ status: 200, contentType: doc.contentType, body: doc.body });
        } else {
          if (tab && tab === current?.page) current.blockedNavigations++;
          await route.abort('aborted'); // ERR_ABORTED: no error page replaces the document
        }
      } catch {
        // The page went away meanwhile.
      }
    });
    let page: Page | undefined;
    let cdp: CDPSession | undefined;
    let crashed = false;
    let shown = 'about:blank';
    let opening = false;
    // A window a page's script opens would only hold another blocked navigation.
    ctx.on('page', (p) => { if (!opening) void p.close().catch(() => {}); });
    const openPage = async (): Promise<[Page, CDPSession]> => {
      opening = true;
      const p = await ctx.newPage().finally(() => { opening = false; });
      page = p;
      p.on('crash', () => { if (page === p) crashed = true; });
      p.on('pageerror', (err) => { if (current?.page === p) current.scriptErrors.push(err.message.split('\n')[0]!); });
      crashed = false;
      shown = 'about:blank';
      return [p, await ctx.newCDPSession(p)];
    };

    return {
      version: browser.version(),
      get current() {
        return current;
      },
      async show(task, bundle, timeoutMs) {
        if (!page || !cdp || crashed || page.isClosed()) {
          await page?.close().catch(() => {});
          [page, cdp] = await openPage();
        }
        const url = pageUrl(task);
        // With scripts on, the last page is put away first, so nothing it still does can reach the next.
        if (scripts || fragmentOnly(shown, url)) await page.goto('about:blank');
        const body = await savedBytes(task.file);
        serving = { page, body, contentType: isUtf8(body) ? 'text/html; charset=utf-8' : 'text/html' };
        shown = url;
        current = { page, cdp, world: 0, url, scriptErrors: [], blockedNavigations: 0 };
        const shownPage = current;
        try {
          await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
        } finally {
          serving = null;
        }
        const { frameTree } = await cdp.send('Page.getFrameTree');
        shownPage.world = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'sift-bench' })).executionContextId;
        await evaluate(cdp, shownPage.world, bundle);
        if (!await readyState(shownPage, 'interactive', timeoutMs)) throw new Error(`DOMContentLoaded did not come within ${timeoutMs} ms`);
        return shownPage;
      },
      async reset() {
        current = undefined;
        shown = '';
        const p = page;
        if (!p || crashed || p.isClosed()) return;
        try {
          await withTimeout(p.goto('about:blank'), RESET_TIMEOUT_MS, 'about:blank');
        } catch {
          page = undefined; // replaced at the next show, even if closing it never finishes
          await withTimeout(p.close(), RESET_TIMEOUT_MS, 'closing the tab').catch(() => {});
        }
      },
      async close() {
        await ctx.close().catch(() => {});
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
