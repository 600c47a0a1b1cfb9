/** Command-line flags of `npm run bench:steps`. */
import { STEPS } from '../../src/core/clean/index.js';
import { eachFlag, UsageError } from '../flags.js';

export interface Args { corpus?: string; steps?: string[]; workers?: number; json?: string; only?: string; help: boolean }

export const USAGE = `usage: npm run bench:steps -- [options]

  --corpus PATH   corpus folder (default: ../shared/corpus beside the repository)
  --steps LIST    only these steps, comma-separated (default: every cleanup step and the scorer, 'boilerplate')
  --workers N     worker threads (default: available cores, at most 4)
  --json FILE     also write the figures as JSON to FILE
  --only TEXT     only the pages whose name contains TEXT (a quick look)
  --help          this text`;

export function parse(argv: readonly string[]): Args {
  const a: Args = { help: false };
  const known = new Set([...STEPS.map((s) => s.name), 'boilerplate']);
  eachFlag(argv, (flag, take, arg) => {
    if (flag === '--corpus') a.corpus = take();
    else if (flag === '--json') a.json = take();
    else if (flag === '--only') a.only = take();
    else if (flag === '--workers') a.workers = Number(take());
    else if (flag === '--steps') {
      a.steps = take().split(',').filter(Boolean);
      const bad = a.steps.filter((s) => !known.has(s));
      if (bad.length) throw new UsageError(`unknown step: ${bad.join(', ')} (steps: ${[...known].join(', ')})`);
    } else if (flag === '--help') a.help = true;
    else throw new UsageError(`unknown argument ${arg}`);
  });
  if (a.workers !== undefined && !(Number.isInteger(a.workers) && a.workers >= 1)) throw new UsageError('--workers needs a whole number >= 1');
  return a;
}
