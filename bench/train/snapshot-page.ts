/** One page's snapshot (runs inside a worker): every scored line's exact features, and what readPage returns. */
import { loadPage } from '../../src/cli/load.js';
import { readPage } from '../../src/core/index.js';
import type { LineFeatures } from '../../src/core/score/features.js';
import type { ReadResult } from '../../src/core/types.js';
import type { PageTask } from '../quality/types.js';

export interface PageSnapshot {
  page: string;
  /** Per line as the scorer saw it: text, exempt, features as the bytes of a Float64Array (base64), so -0 and NaN compare too. */
  lines: [string, boolean, string][];
  /** readPage's result without its timings, as JSON; a refused page's too, then its forced read. */
  output: string;
  forced: string;
}

/** Long enough that no page runs out of time on a loaded machine: a timeout would differ from run to run. */
const NO_BUDGET_MS = 3_600_000;

export async function snapshotPage(task: PageTask): Promise<PageSnapshot> {
  const out: PageSnapshot = { page: `${task.set}/${task.name}`, lines: [], output: '', forced: '' };
  const page = await loadPage(task.file, task.url);
  try {
    let seen: readonly LineFeatures[] = [];
    // The shipped model: the features it sees are the ones training dumps (they come before any removal).
    const read = (force: boolean, inspect = false) => readPage(page.document, { url: task.url, force, window: page.window,
      timeBudgetMs: NO_BUDGET_MS, ...(inspect ? { scorer: { inspect: (rows: readonly LineFeatures[]) => { seen = rows; } } } : {}) });
    read(false, true);
    out.lines = seen.map((r) => [r.line.text, r.exempt, Buffer.from(new Float64Array(r.features).buffer).toString('base64')]);
    // The output as a click reads, without a training hook: the scorer then skips word features it does not need.
    const result = read(false);
    out.output = withoutTimings(result);
    // A refused page: the verdict is part of the output, and so is what Show anyway reads.
    if (!result.ok && result.code === 'not-article') out.forced = withoutTimings(read(true));
  } finally {
    page.close();
  }
  return out;
}

function withoutTimings(r: ReadResult): string {
  const { stats, ...rest } = r;
  return JSON.stringify({ ...rest, stats: { ...stats, timingsMs: undefined } });
}
