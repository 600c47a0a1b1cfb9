/** Command-line flags of `npm run bench:quality`. */

import { eachFlag, UsageError } from '../flags.js';
import { CORPUS_SETS, type CorpusSet } from './types.js';

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
  sets?: CorpusSet[];
  scorer: 'cv' | 'shipped' | 'off';
  /** Score wcxb-dev pages under jsdom and in Chromium with their scripts on, side by side. */
  browser: boolean;
  /** With --browser: how many pages. */
  limit?: number;
  help: boolean;
}

export const USAGE = `usage: npm run bench:quality -- [options]

  --corpus PATH     corpus folder (default: ../shared/corpus beside the repository)
  --json FILE       also write every figure as JSON to FILE
  --min-f1 X        exit 1 when our snippet F1 is below X
  --check-floor     exit 1 when our snippet F1 or wcxb-dev word F1 is below bench/quality-floor.json
  --update-floor    write both (rounded down to 3 decimals) to bench/quality-floor.json
  --verbose         list every junk line and duplicate of ours, not only the first 10
  --workers N       worker threads (default: available cores, at most 4)
  --dump-text DIR   write each page's plain and ours text (and our removals) under DIR
  --only TEXT       only the pages whose name contains TEXT (a quick look; floors are not checked)
  --sets LIST       only these corpus sets, comma-separated: snippets, readability, wcxb (floors are not checked)
  --scorer WHICH    the boilerplate model: cv (default; each page by the model of its site's fold, one that
                    never saw the site), shipped (the model trained on all; in-sample on the corpus), off
  --browser         Sift's wcxb-dev word F1 under jsdom and in headless Chromium with each page's own
                    scripts on (no network), on the same pages, side by side, per page type, with the
                    pages that differ most (needs Chromium: /usr/bin/chromium or SIFT_E2E_CHROMIUM).
                    --only, --scorer, --workers (jsdom's), --json and --dump-text apply
  --limit N         with --browser: N pages spread over the page types (default 300)
  --help            this text`;

export { UsageError };

export function parseArgs(argv: readonly string[]): QualityArgs {
  const a: QualityArgs = { checkFloor: false, updateFloor: false, verbose: false, help: false, scorer: 'cv', browser: false };
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
      case '--sets': {
        const sets = take().split(',').map((x) => x.trim()).filter(Boolean);
        const bad = sets.filter((x) => !(CORPUS_SETS as readonly string[]).includes(x));
        if (bad.length || !sets.length) throw new UsageError(`--sets takes ${CORPUS_SETS.join(', ')}; got "${bad.join(',')}"`);
        a.sets = sets as CorpusSet[];
        break;
      }
      case '--scorer': {
        const v = take();
        if (v !== 'cv' && v !== 'shipped' && v !== 'off') throw new UsageError(`--scorer takes cv, shipped or off; got "${v}"`);
        a.scorer = v;
        break;
      }
      case '--browser': a.browser = true; break;
      case '--limit': {
        const n = number(take(), flag);
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit needs a whole number >= 1');
        a.limit = n;
        break;
      }
      case '--check-floor': a.checkFloor = true; break;
      case '--update-floor': a.updateFloor = true; break;
      case '--verbose': case '-v': a.verbose = true; break;
      case '--help': case '-h': a.help = true; break;
      default: throw new UsageError(`unknown option "${arg}"`);
    }
  });
  if ((a.only !== undefined || a.sets !== undefined || a.scorer !== 'cv' || a.browser) && (a.checkFloor || a.updateFloor || a.minF1 !== undefined)) {
    throw new UsageError('--only, --sets, --scorer and --browser score a subset or another model; it cannot be checked against or written to a floor');
  }
  if (a.limit !== undefined && !a.browser) throw new UsageError('--limit goes with --browser');
  // The browser run scores wcxb-dev's word F1 only: the one set with a whole main text per page.
  if (a.browser && a.sets) throw new UsageError('--browser reads the wcxb-dev pages only; --sets cannot go with it');
  return a;
}
