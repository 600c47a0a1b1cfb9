/**
 * The Chromium section of `npm run bench`: the same two timings as the jsdom
 * section (plain Readability, readPage with its own stage timings), taken in
 * headless Chromium, whose DOM costs what a reader's does.
 *
 * The code. bench/perf/browser-entry.ts, bundled at bench time
 * (bench/corpus-tab.ts: as build/build.ts builds the Chrome extension):
 * readPage from src/core, and plain Readability as bench/quality/dom-text.ts
 * runs it (on doc.cloneNode(true), text built by articleText), exactly what
 * the jsdom section times.
 *
 * The page. bench/corpus-tab.ts shows each corpus page offline, its saved
 * bytes (unpacked when gzipped) at its own address, every other request
 * aborted, in a context with JavaScript off: the page's own scripts never run
 * and <noscript> is parsed as markup, as under jsdom. Our code runs in an
 * isolated world, where an extension's content script runs.
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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry, evaluate, openCorpusTab, type ShownPage } from '../corpus-tab.js';
import type { PageTask } from '../quality/types.js';
import type { TimedPlain, TimedRead } from './browser-entry.js';
import type { PageTiming } from './report.js';

export { CHROMIUM_PATH, chromiumInstalled } from '../corpus-tab.js';

const NAVIGATION_TIMEOUT_MS = 30_000;
/** --profile's sampling interval: fine enough for a 10 ms run, in microseconds. */
const PROFILE_INTERVAL_US = 100;

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
  /** With `cost` steps: per page, the mean time with them minus without them (total and clean stage, ms). */
  costs: Array<{ page: string; total: number; clean: number }>;
}

/** Reads with and without the `cost` steps, in this order (ABBA twice): drift in the tab touches both alike. */
const COST_ORDER = [true, false, false, true, true, false, false, true];

/** The in-page bundle: bench/perf/browser-entry.ts (unminified for --profile, so a profile names our functions). */
export const bundleBench = (root: string, minify = true): Promise<string> => bundleEntry(root, 'bench/perf/browser-entry.ts', minify);

const mean = (a: number, b: number) => (a + b) / 2;

/**
 * Time every task in Chromium, one page at a time. `disable` goes to
 * readPage; `progress(i)` is called before task i.
 */
export async function timeInChromium(tasks: readonly PageTask[], bundle: string, disable: readonly string[],
  progress: (i: number) => void = () => {}, profileDir?: string, cost: readonly string[] = []): Promise<BrowserRun> {
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const tab = await openCorpusTab({ scripts: false });
  try {
    const run: BrowserRun = { version: tab.version, timings: [], firstRuns: [], errors: [], peakJsHeap: 0, peakDomHeap: 0, costs: [] };
    for (const [i, task] of tasks.entries()) {
      progress(i);
      const name = `${task.set}/${task.name}`;
      let shown: ShownPage | undefined;
      try {
        shown = await tab.show(task, bundle, NAVIGATION_TIMEOUT_MS);
        const { cdp: session, world, url } = shown;
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
        if (cost.length) {
          const without = `__siftBench.timeRead(${JSON.stringify(url)}, ${JSON.stringify([...disable, ...cost])})`;
          const sums = { with: { total: 0, clean: 0 }, without: { total: 0, clean: 0 } };
          for (const withSteps of COST_ORDER) {
            await collect();
            const r = await evaluate<TimedRead>(session, world, withSteps ? readCall : without);
            const into = withSteps ? sums.with : sums.without;
            into.total += r.timingsMs.total;
            into.clean += r.timingsMs.clean;
          }
          const half = COST_ORDER.length / 2;
          run.costs.push({ page: name, total: (sums.with.total - sums.without.total) / half, clean: (sums.with.clean - sums.without.clean) / half });
        }
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
        if (profileDir) await shown?.cdp.send('Profiler.stop').catch(() => {}); // a run that threw may have left it on
        await tab.reset();
      }
    }
    return run;
  } finally {
    await tab.close();
  }
}
