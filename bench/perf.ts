/**
 * `npm run bench`: what Sift costs a reader. Over the shared corpus, in one
 * process and one page at a time (so no other work skews a timing):
 *   - plain Readability on a clone of the page, as bench:quality runs it;
 *   - readPage, with its own stage timings: extract (Readability, and its
 *     second run when the prose check asks for one), clean, highlight, total;
 * then median and p95 per stage, our overhead over plain Readability, the
 * built bundles' sizes and the process's peak memory. Loading a page (jsdom
 * parsing) is not timed: the browser has parsed the page before we run.
 *
 * Two sections time the same pages: under jsdom, in this process, then in
 * headless Chromium when it is installed (bench/perf/browser.ts: one warm-up,
 * then plain and readPage in ABBA order after a GC each, means kept; the
 * warm-up runs are reported as well, closer to what one click costs). jsdom's
 * DOM is several times slower than a browser's and differently shaped, so
 * the Chromium figures are nearer what a reader pays, and their overhead is
 * what --check counts when there is one. Pages either extractor cannot read
 * are left out of a section, so the two may count different pages.
 *
 * Exit codes: 0 ok, 1 a target missed under --check, 2 usage error, corpus or build missing
 * (or Chromium missing under --browser-only).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, NODE_TIME_BUDGET_MS } from '../src/cli/load.js';
import { STEPS } from '../src/core/clean/index.js';
import { readPage } from '../src/core/index.js';
import { readArgs } from './flags.js';
import { parseArgs, USAGE } from './perf/args.js';
import { bundleBench, CHROMIUM_PATH, chromiumInstalled, timeInChromium, type BrowserRun } from './perf/browser.js';
import { BUNDLE_TARGETS, bundleSizes } from './perf/bundles.js';
import { costLines, costSummary, ms, OVERHEAD_TARGET, summarize, timingLines, type PageTiming, type Summary } from './perf/report.js';
import { corpusExists, listTasks } from './quality/corpus.js';
import type { PageTask } from './quality/types.js';
import { plainReadability } from './quality/dom-text.js';
import { spread } from './quality/sample.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WARMUP_PAGES = 3;
/** What ReadOptions.disable knows besides the cleanup steps (candidate.ts, recover.ts, thread.ts, read.ts: the scorer). */
const OTHER_SWITCHES = ['proseBlock', 'titleStory', 'thread', 'lede', 'jsonLdBody', 'sectionHeading', 'boilerplate'];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

/** `i/n pages` on a terminal's stderr, every 10 pages. */
function progress(total: number): (i: number) => void {
  return (i) => {
    if (process.stderr.isTTY && i % 10 === 0) process.stderr.write(`\r${i}/${total} pages`);
  };
}

function clearProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

async function timePage(file: string, url: string, disable: string[]): Promise<Omit<PageTiming, 'page'> | null> {
  const page = await loadPage(file, url);
  try {
    const t0 = performance.now();
    const plain = plainReadability(page.document);
    const plainMs = performance.now() - t0;
    const ours = readPage(page.document, { force: true, window: page.window, url, timeBudgetMs: NODE_TIME_BUDGET_MS, disable });
    if (!plain.ok || !ours.ok) return null; // a page either side cannot read says nothing about cost
    const t = ours.stats.timingsMs;
    return { plain: plainMs, extract: t.extract, clean: t.clean, highlight: t.highlight, total: t.total };
  } finally {
    page.close();
  }
}

interface JsdomRun {
  timings: PageTiming[];
  peakHeap: number;
}

async function timeInJsdom(tasks: readonly PageTask[], disable: string[]): Promise<JsdomRun> {
  for (const t of tasks.slice(0, WARMUP_PAGES)) await timePage(t.file, t.url, disable); // JIT, segmenter data
  const timings: PageTiming[] = [];
  let peakHeap = 0;
  const tick = progress(tasks.length);
  for (const [i, t] of tasks.entries()) {
    const r = await timePage(t.file, t.url, disable).catch(() => null);
    if (r) timings.push({ page: `${t.set}/${t.name}`, ...r });
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    tick(i);
  }
  clearProgress();
  return { timings, peakHeap };
}

function browserLines(run: BrowserRun, s: Summary, tasks: number): string[] {
  const first = summarize(run.firstRuns);
  const heap = `peak heap of the page, right after readPage: ${mb(run.peakJsHeap)} JS (V8)`
    + (run.peakDomHeap ? `, ${mb(run.peakDomHeap)} DOM (Blink)` : '');
  const shown = run.errors.slice(0, 5).map((e) => `  ${e.page}: ${e.error}`);
  return [
    `in Chromium ${run.version} (headless, the page's own scripts off):`,
    ...timingLines(s, tasks),
    `first runs on the page (plain cold, then readPage): readPage total ${ms(first.stages.total.median)} median, `
      + `overhead ${(100 * first.overhead).toFixed(1)}% (median per page)`,
    heap,
    ...(run.errors.length ? [`${run.errors.length} pages could not be loaded or timed:`, ...shown] : []),
    ...(run.errors.length > shown.length ? ['  …'] : []),
  ];
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), parseArgs, USAGE);
  if (typeof args === 'number') return args;
  const known = new Set([...STEPS.map((s) => s.name), ...OTHER_SWITCHES]);
  const unknown = [...args.disable, ...args.cost].filter((d) => !known.has(d));
  if (unknown.length) {
    console.error(`--disable/--cost: unknown ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
    return 2;
  }
  const corpus = args.corpus ? resolve(args.corpus) : resolve(ROOT, '..', 'shared', 'corpus');
  if (!corpusExists(corpus)) {
    console.error(`corpus not found at ${corpus} (pass --corpus PATH)`);
    return 2;
  }
  const bundles = bundleSizes(resolve(ROOT, 'dist'));
  if (!bundles) {
    console.error('dist/chrome or dist/firefox is missing: run `npm run build` first');
    return 2;
  }
  const withBrowser = !args.noBrowser && chromiumInstalled();
  if (args.browserOnly && !withBrowser) {
    console.error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set SIFT_E2E_CHROMIUM)`);
    return 2;
  }
  const tasks = spread(listTasks(corpus), args.limit);

  const jsdom = args.browserOnly ? undefined : await timeInJsdom(tasks, args.disable);
  let browser: BrowserRun | undefined;
  if (withBrowser) {
    browser = await timeInChromium(tasks, await bundleBench(ROOT, !args.profile), args.disable, progress(tasks.length), args.profile,
      args.cost);
    clearProgress();
  }
  const jsdomSummary = jsdom && summarize(jsdom.timings);
  const browserSummary = browser && summarize(browser.timings);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;

  const lines = [
    ...(args.disable.length ? [`steps switched off (--disable): ${args.disable.join(', ')}`, ''] : []),
    ...(jsdomSummary ? ['under jsdom:', ...timingLines(jsdomSummary, tasks.length), ''] : []),
    ...(browser && browserSummary ? [...browserLines(browser, browserSummary, tasks.length), ''] : []),
    ...(browser?.costs.length ? [...costLines(args.cost, browser.costs), ''] : []),
    ...(!args.noBrowser && !withBrowser ? [`Chromium not found at ${CHROMIUM_PATH}: no real-browser timings`, ''] : []),
    'bundle                    minified      gzip   target',
    ...bundles.map((b) => {
      const target = BUNDLE_TARGETS[b.file];
      const verdict = target === undefined ? '' : `≤ ${kb(target)} ${b.bytes <= target ? 'met' : 'MISSED'}`;
      return `${`${b.target}/${b.file}`.padEnd(24)} ${kb(b.bytes).padStart(10)} ${kb(b.gzip).padStart(9)}   ${verdict}`;
    }),
    ...(jsdom ? ['', `peak memory: ${mb(maxRssBytes)} resident (process), ${mb(jsdom.peakHeap)} JS heap`] : []),
  ];
  console.log(lines.join('\n'));
  if (args.json) {
    const figures = {
      ...(args.disable.length ? { disable: args.disable } : {}),
      ...(jsdom && jsdomSummary ? { ...jsdomSummary, maxRssBytes, peakHeap: jsdom.peakHeap, timings: jsdom.timings } : {}),
      bundles,
      ...(browser && browserSummary ? { browser: { version: browser.version, ...browserSummary, peakJsHeap: browser.peakJsHeap,
        peakDomHeap: browser.peakDomHeap, errors: browser.errors, timings: browser.timings,
        ...(browser.costs.length ? { cost: { steps: args.cost, ...costSummary(browser.costs), pages: browser.costs } } : {}),
        firstRuns: { ...summarize(browser.firstRuns), timings: browser.firstRuns } } } : {}),
    };
    writeFileSync(args.json, `${JSON.stringify(figures, null, 1)}\n`);
  }
  // The overhead a reader pays is the browser's, when it was measured.
  const overhead = browserSummary?.pages ? browserSummary.overhead : jsdomSummary?.overhead ?? 0;
  const missed = overhead > OVERHEAD_TARGET || bundles.some((b) => (BUNDLE_TARGETS[b.file] ?? Infinity) < b.bytes);
  return args.check && missed ? 1 : 0;
}

process.exitCode = await main();
