/**
 * The scorer's features and readPage's output, exactly, for a spread of
 * corpus pages: for a change that must not change them (the shipped model was
 * trained on these numbers, so a speed-up of the features has to give them
 * bit for bit). Take one snapshot before the change and one after, then
 * compare:
 *
 *   tsx bench/train/snapshot.ts OUT.jsonl [--limit N] [--corpus PATH]
 *   tsx bench/train/snapshot.ts --compare A.jsonl B.jsonl
 *
 * B may be a smaller spread (--limit) than A. Each line of OUT is one page: every line the scorer saw (text, exempt, the
 * feature vector's bytes) and readPage's result without its timings (and,
 * for a refused page, what Show anyway reads).
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachFlag, UsageError } from '../flags.js';
import { corpusExists, listTasks } from '../quality/corpus.js';
import { runPool } from '../quality/pool.js';
import type { PageSnapshot } from './snapshot-page.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function spread<T>(items: T[], limit: number | undefined): T[] {
  if (!limit || limit >= items.length) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

async function take(outFile: string, corpus: string, limit: number | undefined): Promise<number> {
  if (!corpusExists(corpus)) { console.error(`corpus not found at ${corpus}`); return 2; }
  const tasks = spread(listTasks(corpus), limit);
  const snaps: PageSnapshot[] = [];
  let failed = 0;
  await runPool<PageSnapshot>(tasks, 2, (s) => {
    snaps.push(s);
    if (process.stderr.isTTY && snaps.length % 20 === 0) process.stderr.write(`\r${snaps.length}/${tasks.length} pages`);
  }, (task, error) => {
    failed++;
    console.error(`${task.set}/${task.name}: ${error.split('\n')[0]}`);
  }, new URL('./snapshot-worker.ts', import.meta.url).href);
  // In corpus order, whichever worker finished first.
  snaps.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const out = createWriteStream(outFile);
  for (const s of snaps) out.write(`${JSON.stringify(s)}\n`);
  await new Promise((r) => out.end(r));
  const lines = snaps.reduce((n, s) => n + s.lines.length, 0);
  console.log(`${snaps.length} pages, ${lines} scored lines -> ${outFile}${failed ? ` (${failed} pages failed)` : ''}`);
  return failed ? 1 : 0;
}

/** Every page of `b` against the same page in `a`: `b` may be a smaller spread of the corpus than `a`. */
function compare(a: string, b: string): number {
  const read = (f: string) => new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as PageSnapshot).map((s) => [s.page, s]));
  const [before, after] = [read(a), read(b)];
  let pages = 0;
  let lines = 0;
  const diffs: string[] = [];
  for (const [page, y] of after) {
    const x = before.get(page);
    if (!x) { diffs.push(`${page}: missing from ${a}`); continue; }
    pages++;
    lines += x.lines.length;
    if (x.lines.length !== y.lines.length) diffs.push(`${page}: ${x.lines.length} lines, then ${y.lines.length}`);
    else {
      const i = x.lines.findIndex((l, k) => JSON.stringify(l) !== JSON.stringify(y.lines[k]));
      if (i >= 0) diffs.push(`${page}: line ${i} (${JSON.stringify(x.lines[i]![0].slice(0, 60))}) differs`);
    }
    if (x.output !== y.output || x.forced !== y.forced) diffs.push(`${page}: readPage output differs`);
  }
  const unseen = before.size - pages;
  console.log(`${pages} pages, ${lines} scored lines compared: ${diffs.length ? `${diffs.length} differences` : 'identical'}`
    + `${unseen ? ` (${unseen} pages of ${a} not in ${b})` : ''}`);
  for (const d of diffs.slice(0, 20)) console.log(`  ${d}`);
  return diffs.length ? 1 : 0;
}

const USAGE = 'usage: tsx bench/train/snapshot.ts OUT.jsonl [--limit N] [--corpus PATH] | --compare A.jsonl B.jsonl';

function main(argv: string[]): Promise<number> | number {
  if (argv[0] === '--compare' && argv.length === 3) return compare(argv[1]!, argv[2]!);
  let out: string | undefined;
  let limit: number | undefined;
  let corpus = resolve(ROOT, '..', 'shared', 'corpus');
  try {
    eachFlag(argv, (flag, take, arg) => {
      if (flag === '--limit') limit = Number(take());
      else if (flag === '--corpus') corpus = resolve(take());
      else if (!arg.startsWith('--') && !out) out = arg;
      else throw new UsageError(`unknown option ${arg}`);
    });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (!out || (limit !== undefined && !(Number.isInteger(limit) && limit > 0))) { console.error(USAGE); return 2; }
  return take(resolve(out), corpus, limit);
}

process.exitCode = await main(process.argv.slice(2));
