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
 * Exit codes: 0 ok, 1 a target missed under --check, 2 usage error, corpus or build missing.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, NODE_TIME_BUDGET_MS } from '../src/cli/load.js';
import { readPage } from '../src/core/index.js';
import { readArgs } from './flags.js';
import { parseArgs, USAGE } from './perf/args.js';
import { BUNDLE_TARGETS, bundleSizes } from './perf/bundles.js';
import { corpusExists, listTasks } from './quality/corpus.js';
import { plainReadability } from './quality/dom-text.js';
import { median, quantile } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Issue 6: our stages add at most this much to Readability's own time, at the median. */
const OVERHEAD_TARGET = 0.15;
const WARMUP_PAGES = 3;

interface PageTiming {
  page: string;
  plain: number;
  extract: number;
  clean: number;
  highlight: number;
  total: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function spread<T>(items: T[], limit: number | undefined): T[] {
  if (!limit || limit >= items.length) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

async function timePage(file: string, url: string): Promise<Omit<PageTiming, 'page'> | null> {
  const page = await loadPage(file, url);
  try {
    const t0 = performance.now();
    const plain = plainReadability(page.document);
    const plainMs = performance.now() - t0;
    const ours = readPage(page.document, { force: true, window: page.window, url, timeBudgetMs: NODE_TIME_BUDGET_MS });
    if (!plain.ok || !ours.ok) return null; // a page either side cannot read says nothing about cost
    const t = ours.stats.timingsMs;
    return { plain: plainMs, extract: t.extract, clean: t.clean, highlight: t.highlight, total: t.total };
  } finally {
    page.close();
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), parseArgs, USAGE);
  if (typeof args === 'number') return args;
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
  const tasks = spread(listTasks(corpus), args.limit);
  for (const t of tasks.slice(0, WARMUP_PAGES)) await timePage(t.file, t.url); // JIT, segmenter data
  const timings: PageTiming[] = [];
  let peakHeap = 0;
  for (const [i, t] of tasks.entries()) {
    const r = await timePage(t.file, t.url).catch(() => null);
    if (r) timings.push({ page: `${t.set}/${t.name}`, ...r });
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (process.stderr.isTTY && i % 10 === 0) process.stderr.write(`\r${i}/${tasks.length} pages`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

  const stage = (pick: (p: PageTiming) => number) => {
    const v = timings.map(pick);
    return { median: median(v), p95: quantile(v, 0.95) };
  };
  const stages = {
    readability: stage((p) => p.plain),
    extract: stage((p) => p.extract),
    clean: stage((p) => p.clean),
    highlight: stage((p) => p.highlight),
    total: stage((p) => p.total),
  };
  // What a reader waits for beyond what Readability alone would take, per page.
  const overhead = median(timings.map((p) => (p.total - p.plain) / p.plain));
  const ownStages = median(timings.map((p) => (p.clean + p.highlight) / p.extract));
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;

  const lines = [
    `pages timed: ${timings.length} of ${tasks.length} (both extractors read them)`,
    '',
    'stage                median      p95',
    ...Object.entries(stages).map(([name, s]) => `${name.padEnd(18)} ${ms(s.median).padStart(10)} ${ms(s.p95).padStart(10)}`),
    '',
    `overhead over plain Readability (median per page): ${(100 * overhead).toFixed(1)}%  target ≤ ${100 * OVERHEAD_TARGET}%  ${overhead <= OVERHEAD_TARGET ? 'met' : 'MISSED'}`,
    `clean + highlight as a share of our extract stage (median): ${(100 * ownStages).toFixed(1)}%`,
    '',
    'bundle                    minified      gzip   target',
    ...bundles.map((b) => {
      const target = BUNDLE_TARGETS[b.file];
      const verdict = target === undefined ? '' : `≤ ${kb(target)} ${b.bytes <= target ? 'met' : 'MISSED'}`;
      return `${`${b.target}/${b.file}`.padEnd(24)} ${kb(b.bytes).padStart(10)} ${kb(b.gzip).padStart(9)}   ${verdict}`;
    }),
    '',
    `peak memory: ${(maxRssBytes / 2 ** 20).toFixed(0)} MB resident (process), ${(peakHeap / 2 ** 20).toFixed(0)} MB JS heap`,
  ];
  console.log(lines.join('\n'));
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ pages: timings.length, stages, overhead, ownStages, bundles, maxRssBytes, peakHeap, timings }, null, 1)}\n`);
  }
  const missed = overhead > OVERHEAD_TARGET || bundles.some((b) => (BUNDLE_TARGETS[b.file] ?? Infinity) < b.bytes);
  return args.check && missed ? 1 : 0;
}

process.exitCode = await main();
