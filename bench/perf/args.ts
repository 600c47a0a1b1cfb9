/** Command-line flags of `npm run bench`. */
import { eachFlag, UsageError } from '../flags.js';

export interface PerfArgs {
  corpus?: string;
  limit?: number;
  json?: string;
  check: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [options]

  --corpus PATH   corpus folder (default: ../shared/corpus beside the repository)
  --limit N       time only N pages, spread evenly over the corpus (default: all)
  --json FILE     also write every figure as JSON to FILE
  --check         exit 1 when a target (overhead, bundle sizes) is missed
  --help          this text

Needs \`npm run build\` first for the bundle sizes (dist/chrome, dist/firefox).`;

export function parseArgs(argv: readonly string[]): PerfArgs {
  const a: PerfArgs = { check: false, help: false };
  eachFlag(argv, (flag, take, arg) => {
    switch (flag) {
      case '--corpus': a.corpus = take(); break;
      case '--limit': {
        const n = Number(take());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit needs a whole number above 0');
        a.limit = n;
        break;
      }
      case '--json': a.json = take(); break;
      case '--check': a.check = true; break;
      case '--help': case '-h': a.help = true; break;
      default: throw new UsageError(`unknown option ${arg}`);
    }
  });
  return a;
}
