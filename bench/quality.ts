/**
 * `npm run bench:quality`: plain Readability and Sift's pipeline side by side
 * on the shared corpus (see ../shared/corpus/README.md). Snippet P/R/F1,
 * junk lines by kind, duplicated paragraphs, retention against Readability's
 * expected output, failed pages. Each page is parsed once, in a worker.
 * With --browser, Sift's wcxb-dev figures under jsdom and in Chromium with
 * the pages' scripts on instead (bench/quality/compare-run.ts).
 *
 * Exit codes: 0 ok, 1 F1 below --min-f1 / the committed floor, 2 usage error
 * or corpus missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs } from './flags.js';
import { parseArgs, USAGE } from './quality/args.js';
import { compareInBrowser } from './quality/compare-run.js';
import { bySizeDescending, corpusExists, listTasks } from './quality/corpus.js';
import { unevaluated } from './quality/failed.js';
import { runPool } from './quality/pool.js';
import { formatReport, jsonReport, summarize } from './quality/report.js';
import { floorTo } from './quality/snippets.js';
import type { PageResult } from './quality/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FLOOR_FILE = resolve(ROOT, 'bench', 'quality-floor.json');

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), parseArgs, USAGE);
  if (typeof args === 'number') return args;
  const corpus = args.corpus ? resolve(args.corpus) : resolve(ROOT, '..', 'shared', 'corpus');
  if (!corpusExists(corpus)) {
    console.error(`corpus not found at ${corpus} (expected snippets/pages/ or readability-pages/ there; pass --corpus PATH)`);
    return 2;
  }

  if (args.browser) return compareInBrowser(args, corpus, ROOT);

  const t0 = performance.now();
  const tasks = bySizeDescending(listTasks(corpus).filter((t) => (!args.only || t.name.includes(args.only)) && (!args.sets || args.sets.includes(t.set))));
  for (const t of tasks) t.scorer = args.scorer;
  if (args.dumpText) for (const t of tasks) t.dumpDir = resolve(args.dumpText);
  const workers = args.workers ?? Math.min(availableParallelism(), 4);
  const results: PageResult[] = [];
  const errors: string[] = [];
  const tty = process.stderr.isTTY;
  let done = 0;
  await runPool(
    tasks,
    workers,
    (r) => {
      results.push(r);
      if (tty && ++done % 10 === 0) process.stderr.write(`\r${done}/${tasks.length} pages`);
    },
    (task, error) => {
      // Counted as a failed page for both extractors, so no judged page drops out of the sums.
      errors.push(`${task.set}/${task.name}: ${error}`);
      results.push(unevaluated(task, error.split('\n')[0]!));
      done++;
    },
  );
  if (tty) process.stderr.write('\r\x1b[K');
  const elapsed = performance.now() - t0;

  if (errors.length) {
    console.error(`${errors.length} page(s) could not be evaluated:`);
    for (const e of errors) console.error(`  ${e}`);
  }
  const summary = summarize(corpus, results);
  console.log(formatReport(summary, { verbose: args.verbose, elapsedMs: elapsed }));
  console.log(`${tasks.length} pages on ${workers} worker(s)`);

  if (args.json) {
    writeFileSync(resolve(args.json), `${JSON.stringify({ ...(jsonReport(summary, results, elapsed) as object), evaluationErrors: errors }, null, 2)}\n`);
    console.log(`figures written to ${args.json}`);
  }

  // The floors follow the cross-validated figures (each page read by a model that never saw its site).
  const measured: { key: 'f1' | 'wcxbF1'; label: string; value: number | undefined }[] = [
    { key: 'f1', label: 'snippet F1', value: summary.extractors.ours.snippets.f1 },
    { key: 'wcxbF1', label: 'wcxb-dev word F1', value: summary.wcxb?.ours.all.f1 },
  ];
  let code = 0;
  if (args.updateFloor) {
    const floor = Object.fromEntries(measured.filter((m) => m.value !== undefined).map((m) => [m.key, floorTo(m.value!, 3)]));
    writeFileSync(FLOOR_FILE, `${JSON.stringify(floor, null, 2)}\n`);
    console.log(`floor written: ${JSON.stringify(floor)} -> ${FLOOR_FILE}`);
  }
  const floors: { key: 'f1' | 'wcxbF1'; from: string; floor: number }[] = [];
  if (args.minF1 !== undefined) floors.push({ key: 'f1', from: '--min-f1', floor: args.minF1 });
  if (args.checkFloor) {
    if (!existsSync(FLOOR_FILE)) {
      console.error(`no floor file at ${FLOOR_FILE}`);
      return 2;
    }
    const file = JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as Record<string, unknown>;
    for (const m of measured) if (file[m.key] !== undefined) floors.push({ key: m.key, from: 'bench/quality-floor.json', floor: Number(file[m.key]) });
  }
  for (const { key, from, floor } of floors) {
    const m = measured.find((x) => x.key === key)!;
    if (m.value === undefined || !(m.value >= floor)) {
      console.error(`FAIL: our ${m.label} ${m.value === undefined ? '(not measured)' : m.value.toFixed(4)} is below ${floor} (${from})`);
      code = 1;
    } else {
      console.log(`ok: our ${m.label} ${m.value.toFixed(4)} >= ${floor} (${from})`);
    }
  }
  return code;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err); process.exitCode = 2; },
);
