/** Command-line flags of `npm run bench:highlights`. */

import { eachFlag, UsageError } from '../flags.js';

export interface HighlightArgs {
  corpus?: string;
  labels?: string;
  json?: string;
  verbose: boolean;
  check: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench:highlights -- [options]

  --corpus PATH   corpus folder (default: ../shared/corpus beside the repository)
  --labels FILE   labelled quotes (default: test/highlights/quotes.json)
  --json FILE     also write every figure as JSON to FILE
  --verbose       list misses, false positives and wrong speakers per page
  --check         exit 1 when precision, recall, speaker accuracy or cost misses its target
  --help          this text`;

export { UsageError };

export function parseArgs(argv: readonly string[]): HighlightArgs {
  const a: HighlightArgs = { verbose: false, check: false, help: false };
  eachFlag(argv, (flag, take, arg) => {
    switch (flag) {
      case '--corpus': a.corpus = take(); break;
      case '--labels': a.labels = take(); break;
      case '--json': a.json = take(); break;
      case '--verbose': case '-v': a.verbose = true; break;
      case '--check': a.check = true; break;
      case '--help': case '-h': a.help = true; break;
      default: throw new UsageError(`unknown option ${arg}`);
    }
  });
  return a;
}
