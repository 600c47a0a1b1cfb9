/**
 * `npm run train` step 1: the scorer's training data. Reads every labelled
 * corpus page (snippets with snippets, wcxb-dev) through the engine with the
 * model switched off and writes one JSON line per page: its site, fold, type
 * and the features and label of each line (see labels.ts) to
 * bench/train/data/lines.jsonl (not committed; train.py reads it).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../../src/core/score/features.js';
import { bySizeDescending, corpusExists, listTasks } from '../quality/corpus.js';
import { runPool } from '../quality/pool.js';
import type { PageRows } from './dump-page.js';
import { foldOf, siteGroup } from './folds.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');

async function main(): Promise<number> {
  const corpus = resolve(process.argv[2] ?? resolve(ROOT, '..', 'shared', 'corpus'));
  if (!corpusExists(corpus)) { console.error(`corpus not found at ${corpus}`); return 2; }
  const tasks = bySizeDescending(listTasks(corpus).filter((t) => t.set !== 'readability'));
  const outFile = resolve(HERE, 'data', 'lines.jsonl');
  mkdirSync(dirname(outFile), { recursive: true });
  const out = createWriteStream(outFile);
  out.write(`${JSON.stringify({ features: FEATURE_NAMES })}\n`);
  let pages = 0;
  let rows = 0;
  const t0 = performance.now();
  await runPool<PageRows>(tasks, Math.min(availableParallelism(), 4), (r) => {
    pages++;
    rows += r.rows.filter((x) => x.label !== null).length;
    if (r.rows.length) out.write(`${JSON.stringify({ ...r, group: siteGroup(r.domain), fold: foldOf(r.domain) })}\n`);
    if (process.stderr.isTTY && pages % 20 === 0) process.stderr.write(`\r${pages}/${tasks.length} pages`);
  }, (task, error) => console.error(`${task.set}/${task.name}: ${error.split('\n')[0]}`), new URL('./worker.ts', import.meta.url).href);
  await new Promise((r) => out.end(r));
  console.log(`${rows} labelled lines from ${pages} pages in ${((performance.now() - t0) / 1000).toFixed(0)} s -> ${outFile}`);
  return 0;
}

main().then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 2; });
