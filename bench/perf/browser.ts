/**
 * The Chromium section of `npm run bench`: the same two timings as the jsdom
 * section (plain Readability, readPage with its own stage timings), taken in
 * headless Chromium, whose DOM costs what a reader's does.
 *
 * The code. bench/perf/browser-entry.ts is bundled with esbuild at bench
 * time, in memory (a minified IIFE for chrome120 with the defines
 * build/build.ts gives the Chrome build): readPage from src/core, and plain
 * Readability as bench/quality/dom-text.ts runs it (on doc.cloneNode(true),
 * text built by articleText), exactly what the jsdom section times.
 *
 * The page. Chromium is launched with the e2e harness's flags (CHROMIUM_FLAGS
 * of test/e2e/helpers/chromium.ts), headless, in a context
 * with JavaScript off (Playwright's `javaScriptEnabled: false`, i.e. CDP
 * Emulation.setScriptExecutionDisabled): the page's own scripts never run and
 * <noscript> is parsed as markup, as under jsdom. Our code runs in an isolated
 * world made for it (CDP Page.createIsolatedWorld, then Runtime.evaluate
 * there): where an extension's content script runs, and a world that setting
 * does not stop. (Runtime.evaluate runs in the page's main world too, but
 * Blink then refuses to call back into script, so DOMPurify's Trusted Types
 * policy throws and readPage fails on every page.) Every request is routed:
 * the first main-frame navigation gets the corpus page's bytes as they are on
 * disk (a gzipped page, as wcxb-dev keeps them, unzipped: loadPage's rule), at its task URL (http://corpus.test/<name> when it has none); every
 * other request is aborted, so nothing reaches the network and a meta refresh
 * cannot replace the page. The bytes are not re-encoded, Chromium decodes
 * them: the content type says `charset=utf-8` only when they are valid UTF-8,
 * the rule of the CLI's decodePage (a saved page keeps the <meta charset> of
 * the encoding it was saved from: one corpus page declares gb2312 over UTF-8
 * bytes), so both sections read the same text; other pages are decoded by
 * their BOM, their declaration or Chromium's guess.
 *
 * The timing. One tab and one CDP session serve every page, one page at a
 * time. After DOMContentLoaded (nothing of ours runs until then; requests the
 * page still makes are aborted from outside and cannot interleave with a
 * timed call, which runs to completion on the page's main thread):
 *   - warm-up: plain, then readPage, untimed. A new site may get a fresh
 *     renderer process, and neither extractor should pay alone for compiling
 *     the bundle or a first run's lazy work (Readability's code, shared by
 *     both, would otherwise be warm only for whichever runs second);
 *   - four timed runs in ABBA order: plain, readPage, readPage, plain, each
 *     after a full garbage collection (CDP HeapProfiler.collectGarbage), so
 *     no run pays for the garbage of the run before it. Each extractor's time
 *     is the mean of its two (readPage's stages field by field): its own
 *     second and third run on the page, one in each position, so neither
 *     is favoured by going first or last on the page, nor by having run
 *     more often. Two timed runs each average out some of a page's noise for
 *     ~10% more wall time than one timed run each in an order alternating
 *     from page to page (on a 100-page sample, on a busy machine, the two
 *     designs' medians differed about as much as two runs of one design).
 * Times are taken inside the page with performance.now(): around the call for
 * plain, readPage's own stats.timingsMs for ours. readPage gets `{force: true,
 * url}`, and so the browser time budget (DEFAULT_TIME_BUDGET_MS), as the
 * extension calls it. Right after each timed readPage, CDP
 * Runtime.getHeapUsage samples the page's heap before any collection: V8's
 * JS heap and Blink's own heap (the DOM, clones included); the largest
 * samples are reported.
 *
 * With --profile DIR, CDP's sampling profiler watches the two timed readPage
 * runs of each page (the bundle is then built unminified, so the profile
 * names our functions) and each page's profile is written to DIR.
 *
 * Warm is not what a click costs: the extension injects readPage into the tab
 * fresh each time, so a reader pays its first run. The warm-up runs are
 * reported too (`firstRuns`): plain's is cold, readPage's runs after plain has
 * warmed Readability's code, so it understates a cold readPage a little. On a
 * 40-page sample readPage kept getting faster up to its 5th-6th run (median
 * total 174, 94, 74, 75, 65, 59 ms), plain Readability from its 2nd (38, 18 ms).
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../test/e2e/helpers/browsers.js';
import { CHROMIUM_FLAGS } from '../../test/e2e/helpers/chromium.js';
import type { PageTask } from '../quality/types.js';
import type { TimedPlain, TimedRead } from './browser-entry.js';
import type { PageTiming } from './report.js';

export { CHROMIUM_PATH };

const NAVIGATION_TIMEOUT_MS = 30_000;
/** --profile's sampling interval: fine enough for a 10 ms run, in microseconds. */
const PROFILE_INTERVAL_US = 100;

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

export interface BrowserRun {
  /** Chromium's version, as the browser reports it. */
  version: string;
  timings: PageTiming[];
  /** The warm-up runs of the same pages: plain on cold code, then readPage (Readability's code warmed by plain). */
  firstRuns: PageTiming[];
  /** Pages that could not be loaded or timed (navigation failed, the renderer crashed, a call threw). */
  errors: Array<{ page: string; error: string }>;
  /** Largest V8 heap in use right after a timed readPage, in bytes. */
  peakJsHeap: number;
  /** Largest Blink heap (DOM) in use right after a timed readPage, in bytes; 0 when Chromium does not say. */
  peakDomHeap: number;
}

/** The in-page bundle: bench/perf/browser-entry.ts as an IIFE, defines as build/build.ts sets them for Chrome. */
export async function bundleBench(root: string, minify = true): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const out = await build({
    entryPoints: [join(root, 'bench/perf/browser-entry.ts')],
    bundle: true,
    // Unminified only for --profile, so a profile names our functions.
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
const pageUrl = (task: PageTask) => task.url || `http://corpus.test/${encodeURIComponent(task.name)}`;

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A fresh isolated world in the page's main frame: its execution context id. */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'sift-bench' })).executionContextId;
}

/** Evaluates `expression` in execution context `contextId` and returns its JSON value. */
async function evaluate<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

const mean = (a: number, b: number) => (a + b) / 2;

/**
 * A corpus page's bytes as the browser should get them. A gzipped save is
 * unzipped, as loadPage does for the jsdom section: served as it is, Chromium
 * showed the compressed bytes as one line of windows-1252 text, and both
 * extractors were timed on that instead of the page.
 */
export async function pageBytes(file: string): Promise<Buffer> {
  const raw = await readFile(file);
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
}

/** Going from `from` to `to` would only scroll to a #fragment, not load a new document. */
const fragmentOnly = (from: string, to: string) => to.includes('#') && from.replace(/#.*/s, '') === to.replace(/#.*/s, '');

/**
 * Time every task in Chromium, one page at a time. `disable` goes to
 * readPage; `progress(i)` is called before task i.
 */
export async function timeInChromium(tasks: readonly PageTask[], bundle: string, disable: readonly string[],
  progress: (i: number) => void = () => {}, profileDir?: string): Promise<BrowserRun> {
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const ctx: BrowserContext = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    /** What the next main-frame navigation is served; null once it has been. */
    let serving: { body: Buffer; contentType: string } | null = null;
    await ctx.route('**/*', async (route) => {
      const req = route.request();
      const doc = serving;
      try {
        if (doc && req.isNavigationRequest() && req.frame().parentFrame() === null) {
          serving = null;
          await route.fulfill({ status: 200, contentType: doc.contentType, body: doc.body });
        } else {
          await route.abort('aborted'); // ERR_ABORTED: no error page replaces the document
        }
      } catch {
        // The page went away meanwhile.
      }
    });
    let crashed = false;
    const openPage = async (): Promise<[Page, CDPSession]> => {
      const p = await ctx.newPage();
      p.on('crash', () => { crashed = true; });
      crashed = false;
      return [p, await ctx.newCDPSession(p)];
    };
    let [page, cdp] = await openPage();
    let shown = 'about:blank';
    const run: BrowserRun = { version: browser.version(), timings: [], firstRuns: [], errors: [], peakJsHeap: 0, peakDomHeap: 0 };

    for (const [i, task] of tasks.entries()) {
      progress(i);
      const name = `${task.set}/${task.name}`;
      const url = pageUrl(task);
      try {
        if (crashed || page.isClosed()) {
          await page.close().catch(() => {});
          [page, cdp] = await openPage();
          shown = 'about:blank';
        }
        if (fragmentOnly(shown, url)) await page.goto('about:blank');
        const body = await pageBytes(task.file);
        serving = { body, contentType: isUtf8(body) ? 'text/html; charset=utf-8' : 'text/html' };
        shown = url;
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: NAVIGATION_TIMEOUT_MS });
        const session = cdp;
        const world = await isolatedWorld(session);
        await evaluate(session, world, bundle);
        const readCall = `__siftBench.timeRead(${JSON.stringify(url)}, ${JSON.stringify(disable)})`;
        const plain = () => evaluate<TimedPlain>(session, world, '__siftBench.timePlain()');
        const read = () => evaluate<TimedRead>(session, world, readCall);
        const collect = () => session.send('HeapProfiler.collectGarbage');
        const timedPlain = async () => {
          await collect();
          return plain();
        };
        const timedRead = async () => {
          await collect();
          const r = await read();
          const heap = await session.send('Runtime.getHeapUsage');
          run.peakJsHeap = Math.max(run.peakJsHeap, heap.usedSize);
          run.peakDomHeap = Math.max(run.peakDomHeap, (heap as { embedderHeapUsedSize?: number }).embedderHeapUsedSize ?? 0);
          return r;
        };

        const p0 = await plain(); // warm-up
        const r0 = await read();
        const p1 = await timedPlain(); // ABBA
        if (profileDir) {
          await session.send('Profiler.enable');
          await session.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
          await session.send('Profiler.start');
        }
        const r1 = await timedRead();
        const r2 = await timedRead();
        if (profileDir) {
          const { profile } = await session.send('Profiler.stop');
          const slug = task.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
          writeFileSync(join(profileDir, `${i}-${slug}.cpuprofile`), JSON.stringify(profile));
        }
        const p2 = await timedPlain();
        // A page either side cannot read says nothing about cost.
        if (!p1.ok || !p2.ok || !r1.ok || !r2.ok) continue;
        run.firstRuns.push({ page: name, plain: p0.ms, ...r0.timingsMs });
        const [a, b] = [r1.timingsMs, r2.timingsMs];
        run.timings.push({
          page: name,
          plain: mean(p1.ms, p2.ms),
          extract: mean(a.extract, b.extract),
          clean: mean(a.clean, b.clean),
          highlight: mean(a.highlight, b.highlight),
          total: mean(a.total, b.total),
        });
      } catch (err) {
        run.errors.push({ page: name, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
        if (profileDir) await cdp.send('Profiler.stop').catch(() => {}); // a run that threw may have left it on
        shown = '';
        if (!crashed && !page.isClosed()) await page.goto('about:blank').catch(() => page.close().catch(() => {}));
      } finally {
        serving = null;
      }
    }
    await ctx.close();
    return run;
  } finally {
    await browser.close();
  }
}
