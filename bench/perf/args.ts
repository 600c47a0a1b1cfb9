/** Command-line flags of `npm run bench`. */
import { eachFlag, UsageError } from '../flags.js';

export interface PerfArgs {
  corpus?: string;
  limit?: number;
  json?: string;
  check: boolean;
  /** Skip the Chromium section. */
  noBrowser: boolean;
  /** Run only the Chromium section (the bundle sizes are still reported). */
  browserOnly: boolean;
  /** Steps switched off in readPage (ReadOptions.disable), in both sections: what a step costs. */
  disable: string[];
  /**
   * Steps whose cost is measured side by side in Chromium: each page is read
   * with and without them, interleaved (ABBA, twice), in the same tab.
   */
  cost: string[];
  /** Write a CDP CPU profile of each page's timed readPage runs in Chromium to this folder. */
  profile?: string;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [options]

  --corpus PATH      corpus folder (default: ../shared/corpus beside the repository)
  --limit N          time only N pages, spread evenly over the corpus (default: all); both sections
  --json FILE        also write every figure as JSON to FILE (the Chromium section under "browser")
  --check            exit 1 when a target (overhead, bundle sizes) is missed; the overhead
                     measured in Chromium counts when there is one, else the jsdom one
  --no-browser       skip the Chromium section (it runs when Chromium is installed)
  --browser-only     time in Chromium only, not under jsdom
  --disable A,B      switch these readPage steps off (names as in ReadOptions.disable), to see what they cost
  --cost A,B         in Chromium, also read each page without these steps, interleaved with the reads
                     with them (ABBA twice, same tab), and print what they cost per page: the median of
                     per-page differences, free of the drift between two separate runs
  --profile DIR      write a CPU profile of each page's two timed readPage runs in Chromium to DIR
                     (<n>-<page>.cpuprofile, unminified code; DevTools' Performance panel opens it). The
                     profiler slows the runs it watches: read those timings as rough
  --help             this text

Needs \`npm run build\` first for the bundle sizes (dist/chrome, dist/firefox).
Chromium: /usr/bin/chromium, or the path in SIFT_E2E_CHROMIUM (as the e2e tests).`;

export function parseArgs(argv: readonly string[]): PerfArgs {
  const a: PerfArgs = { check: false, noBrowser: false, browserOnly: false, disable: [], cost: [], help: false };
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
      case '--no-browser': a.noBrowser = true; break;
      case '--browser-only': a.browserOnly = true; break;
      case '--disable': a.disable.push(...take().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--cost': a.cost.push(...take().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--profile': a.profile = take(); break;
      case '--help': case '-h': a.help = true; break;
      default: throw new UsageError(`unknown option ${arg}`);
    }
  });
  if (a.noBrowser && a.browserOnly) throw new UsageError('--no-browser and --browser-only exclude each other');
  if (a.noBrowser && a.cost.length) throw new UsageError('--cost is measured in Chromium; it cannot go with --no-browser');
  if (a.noBrowser && a.profile) throw new UsageError('--profile profiles the Chromium section; it cannot go with --no-browser');
  return a;
}
