/**
 * `npm run bench:quality -- --browser`: Sift's wcxb-dev word F1 where readers
 * read, beside the jsdom figure, on the same pages in one run.
 *
 * A deterministic spread of wcxb-dev pages over the page types
 * (bench/quality/sample.ts; 300 unless --limit says otherwise) is read twice at
 * once: under jsdom by the worker pool, Sift alone, exactly as the plain
 * bench:quality reads it (bench/quality/sift-read.ts), and in headless
 * Chromium with the page's scripts on and no network, one tab, one page at a
 * time (bench/quality/browser.ts). Both read as a click does (no `force`),
 * each page with the boilerplate model of its site's fold. The two sides never
 * wait for each other: Chromium spends much of a page waiting for it to
 * settle, which the jsdom workers use. Then the pages whose F1 differs (at
 * most ATTRIBUTED of them) are read a third time in Chromium with their
 * scripts off, which tells whether the scripts or Chromium itself made the
 * difference.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumInstalled, CHROMIUM_PATH } from '../corpus-tab.js';
import type { QualityArgs } from './args.js';
import { bundleQuality, readInChromium, type BrowserPage } from './browser.js';
import { compare, differing, gain, pairPages } from './compare.js';
import { comparisonJson, formatComparison, type RunFacts } from './compare-report.js';
import { bySizeDescending, listTasks } from './corpus.js';
import { runPool } from './pool.js';
import { spreadByType } from './sample.js';
import type { PageReading } from './reading.js';

/** The sample's size when --limit does not say: enough for a per-type figure, under 15 minutes on two busy cores. */
export const BROWSER_PAGES = 300;
/** At most this many differing pages are read again without scripts (a few seconds each on a busy machine). */
const ATTRIBUTED = 100;

export async function compareInBrowser(args: QualityArgs, corpus: string, root: string): Promise<number> {
  if (!chromiumInstalled()) {
    console.error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set SIFT_E2E_CHROMIUM)`);
    return 2;
  }
  const offered = listTasks(corpus).filter((t) => t.set === 'wcxb' && (!args.only || t.name.includes(args.only)));
  if (!offered.length) {
    console.error(`no wcxb-dev pages${args.only ? ` named like "${args.only}"` : ''} in ${corpus}`);
    return 2;
  }
  const tasks = spreadByType(offered, args.limit ?? BROWSER_PAGES);
  const dumpDir = args.dumpText ? resolve(args.dumpText) : undefined;
  for (const t of tasks) {
    t.scorer = args.scorer;
    if (dumpDir) t.dumpDir = dumpDir;
  }
  const bundle = await bundleQuality(root);
  const workers = args.workers ?? Math.min(availableParallelism(), 4);

  const t0 = performance.now();
  const done = { jsdom: 0, chromium: 0 };
  const tick = () => {
    if (process.stderr.isTTY) process.stderr.write(`\rjsdom ${done.jsdom}/${tasks.length}, Chromium ${done.chromium}/${tasks.length} pages`);
  };
  const jsdom: PageReading[] = [];
  const timed = <T>(p: Promise<T>): Promise<[T, number]> => p.then((v) => [v, performance.now() - t0]);
  const onJsdom = (r: PageReading) => {
    jsdom.push(r);
    done.jsdom++;
    tick();
  };
  /** With --dump-text, a Chromium reading's text goes beside jsdom's: <dumpDir>/wcxb/<name>.<suffix>.txt. */
  const dump = (page: BrowserPage, suffix: string) => {
    if (!dumpDir) return;
    mkdirSync(join(dumpDir, 'wcxb'), { recursive: true });
    writeFileSync(join(dumpDir, 'wcxb', `${page.name}.${suffix}.txt`), page.text);
  };
  const onChromium = (page: BrowserPage) => {
    dump(page, 'chromium');
    done.chromium++;
    tick();
  };
  const siftWorker = new URL('./sift-worker.ts', import.meta.url).href;
  const [[, jsdomMs], [browser, chromiumMs]] = await Promise.all([
    timed(runPool<PageReading>(bySizeDescending(tasks), workers, onJsdom,
      (task, error) => onJsdom({ name: task.name, ok: false, title: '', text: '', reason: `evaluation failed: ${error.split('\n')[0]!}` }), siftWorker)),
    timed(readInChromium(tasks, bundle, { done: onChromium })),
  ]);
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

  const { better, worse } = differing(pairPages(tasks, jsdom, browser.pages));
  const largestFirst = [...better, ...worse].sort((a, b) => Math.abs(gain(b)) - Math.abs(gain(a)));
  const again = new Set(largestFirst.slice(0, ATTRIBUTED).map((p) => p.name));
  const t1 = performance.now();
  const withoutScripts = await readInChromium(tasks.filter((t) => again.has(t.name)), bundle,
    { scripts: false, done: (page) => dump(page, 'chromium-no-scripts') });
  const attributionMs = performance.now() - t1;
  const pairs = pairPages(tasks, jsdom, browser.pages, withoutScripts.pages);
  const comparison = compare(pairs);
  const run: RunFacts = { corpus, version: browser.version, offered: offered.length, workers, jsdomMs, chromiumMs, attributionMs,
    elapsedMs: performance.now() - t0, verbose: args.verbose };
  console.log(formatComparison(comparison, run));
  if (args.json) {
    writeFileSync(resolve(args.json), `${JSON.stringify(comparisonJson(comparison, pairs, run), null, 1)}\n`);
    console.log(`figures written to ${args.json}`);
  }
  return 0;
}
