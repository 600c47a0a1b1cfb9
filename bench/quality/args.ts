/** Command-line flags of `npm run bench:quality`. */

import { eachFlag, UsageError } from '../flags.js';

export interface QualityArgs {
  corpus?: string;
  json?: string;
  minF1?: number;
  checkFloor: boolean;
  updateFloor: boolean;
  verbose: boolean;
  workers?: number;
  dumpText?: string;
  only?: string;
  help: boolean;
}

export const USAGE = `usage: npm run bench:quality -- [options]

  --corpus PATH     corpus folder (default: ../shared/corpus beside the repository)
  --json FILE       also write every figure as JSON to FILE
  --min-f1 X        exit 1 when our snippet F1 is below X
  --check-floor     exit 1 when our snippet F1 is below bench/quality-floor.json
  --update-floor    write our snippet F1 (rounded down to 3 decimals) to bench/quality-floor.json
  --verbose         list every junk line and duplicate of ours, not only the first 10
  --workers N       worker threads (default: available cores, at most 4)
  --dump-text DIR   write each page's plain and ours text (and our removals) under DIR
  --only TEXT       only the pages whose name contains TEXT (a quick look; floors are not checked)
  --help            this text`;

export { UsageError };

export function parseArgs(argv: readonly string[]): QualityArgs {
  const a: QualityArgs = { checkFloor: false, updateFloor: false, verbose: false, help: false };
  const number = (s: string, flag: string): number => {
    const n = Number(s);
    if (!Number.isFinite(n)) throw new UsageError(`${flag} needs a number, got "${s}"`);
    return n;
  };
  eachFlag(argv, (flag, take, arg) => {
    switch (flag) {
      case '--corpus': a.corpus = take(); break;
      case '--json': a.json = take(); break;
      case '--min-f1': a.minF1 = number(take(), flag); break;
      case '--workers': {
        const n = number(take(), flag);
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--workers needs a whole number >= 1');
        a.workers = n;
        break;
      }
      case '--dump-text': a.dumpText = take(); break;
      case '--only': a.only = take(); break;
      case '--check-floor': a.checkFloor = true; break;
      case '--update-floor': a.updateFloor = true; break;
      case '--verbose': case '-v': a.verbose = true; break;
      case '--help': case '-h': a.help = true; break;
      default: throw new UsageError(`unknown option "${arg}"`);
    }
  });
  if (a.only !== undefined && (a.checkFloor || a.updateFloor || a.minF1 !== undefined)) {
    throw new UsageError('--only scores a subset; it cannot be checked against or written to a floor');
  }
  return a;
}
