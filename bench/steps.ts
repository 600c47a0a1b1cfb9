/**
 * `npm run bench:steps`: what each cleanup step earns on top of the others
 * and the boilerplate scorer, so a rule that stops earning its place can be
 * seen and deleted. Every tuning page (snippets pages with a ground truth and
 * wcxb-dev pages, the lockbox fold left out: it is for confirming, not
 * tuning) is read as a click reads it, with each page's cross-validated
 * model; then read again with one step switched off. A post step only
 * touches the article, and logs all it removes, so only the pages where it
 * removed something are read again; a pre step can change what Readability
 * picks, so every page is. Printed per step: the change in wcxb-dev word F1
 * (mean over all its tuning pages) and in snippet F1 that switching it off
 * costs: positive means the step earns its place.
 *
 *   npm run bench:steps -- [--corpus DIR] [--steps a,b] [--only TEXT] [--workers N] [--json FILE]
 *
 * Takes about as long as one bench:quality run per pre step, plus one.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STEPS } from '../src/core/clean/index.js';
import { readArgs } from './flags.js';
import { parse, USAGE } from './steps/args.js';
import { bySizeDescending, corpusExists, listTasks } from './quality/corpus.js';
import { inLockbox } from './quality/cv.js';
import { runPool } from './quality/pool.js';
import { prf } from './quality/snippets.js';
import { snippetCounts, stepFigure, type StepFigure } from './steps/figures.js';
import type { StepsReading, StepsTask } from './steps/read.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = new URL('./steps/worker.ts', import.meta.url).href;

async function readAll(tasks: StepsTask[], workers: number): Promise<Map<string, StepsReading>> {
  const out = new Map<string, StepsReading>();
  await runPool<StepsReading>(bySizeDescending(tasks) as StepsTask[], workers, (r) => out.set(`${r.set}/${r.name}`, r),
    (task, error) => console.error(`${task.set}/${task.name}: ${error.split('\n')[0]}`), WORKER);
  return out;
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), parse, USAGE);
  if (typeof args === 'number') return args;
  const corpus = args.corpus ? resolve(args.corpus) : resolve(ROOT, '..', 'shared', 'corpus');
  if (!corpusExists(corpus)) {
    console.error(`corpus not found at ${corpus} (pass --corpus PATH)`);
    return 2;
  }
  const workers = args.workers ?? Math.min(availableParallelism(), 4);
  const tasks: StepsTask[] = listTasks(corpus)
    .filter((t) => (t.set === 'wcxb' || (t.set === 'snippets' && t.gt)) && !inLockbox(t.domain) && (!args.only || t.name.includes(args.only)))
    .map((t) => ({ ...t, scorer: 'cv', disable: [] }));
  const t0 = performance.now();
  const base = await readAll(tasks, workers);
  const wcxbPages = [...base.values()].filter((r) => r.f1 !== undefined).length;
  const all = snippetCounts(base.values());
  const wcxbBase = [...base.values()].reduce((s, r) => s + (r.f1 ?? 0), 0) / Math.max(1, wcxbPages);
  console.log(`${base.size} tuning pages (${wcxbPages} wcxb-dev, the lockbox left out): wcxb-dev word F1 ${wcxbBase.toFixed(4)}, snippet F1 ${prf(all).f1.toFixed(4)}`);

  const phases = new Map<string, string>([...STEPS.map((s) => [s.name, s.phase] as [string, string]), ['boilerplate', 'post']]);
  const figures: StepFigure[] = [];
  for (const step of args.steps ?? [...phases.keys()]) {
    const phase = phases.get(step)!;
    const again = tasks.filter((t) => phase === 'pre' || base.get(`${t.set}/${t.name}`)?.steps.includes(step)).map((t) => ({ ...t, disable: [step] }));
    const fig = stepFigure(step, phase, base, await readAll(again, workers), wcxbPages);
    figures.push(fig);
    const signed = (x: number, digits = 0) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
    console.log(`${step.padEnd(16)} ${phase.padEnd(4)} read again ${String(fig.pages).padStart(5)}, changed ${String(fig.changed).padStart(4)}`
      + `  earns: wcxb ${signed(fig.wcxb, 5)}, snippets ${signed(fig.snippets, 5)}  (off: snippets ${signed(fig.fp)} false, ${signed(fig.tp)} found)`);
  }
  console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (args.json) writeFileSync(args.json, JSON.stringify({ pages: base.size, wcxbPages, wcxb: wcxbBase, snippets: prf(all).f1, steps: figures }, null, 1));
  return 0;
}

process.exitCode = await main();
