/** One page's training rows (runs inside a worker): every scored line's features and label. */
import { loadPage, NODE_TIME_BUDGET_MS } from '../../src/cli/load.js';
import { readArticle } from '../../src/core/read.js';
import type { LineFeatures } from '../../src/core/score/features.js';
import type { PageTask } from '../quality/types.js';
import { labelByMainContent, labelBySnippets, mainContent, type Label } from './labels.js';

export interface Row {
  label: 0 | 1;
  x: number[];
  /** The line, clipped, for a person looking at the data. */
  text: string;
}

export interface PageRows {
  set: string;
  name: string;
  domain: string;
  type: string;
  rows: Row[];
}

export async function dumpPage(task: PageTask): Promise<PageRows> {
  const out: PageRows = { set: task.set, name: task.name, domain: task.domain, type: task.wcxb?.type ?? task.set, rows: [] };
  const label = labelerFor(task);
  if (!label) return out;
  const page = await loadPage(task.file, task.url);
  try {
    let seen: readonly LineFeatures[] = [];
    // The model is off, so every line the rule steps left is seen as it is when the model runs.
    readArticle(page.document, { url: task.url, force: true, timeBudgetMs: NODE_TIME_BUDGET_MS, scorer: { model: null, inspect: (rows) => { seen = rows; } } });
    for (const r of seen) {
      if (r.exempt) continue;
      const l = label(r.line.text);
      if (l === null) continue;
      out.rows.push({ label: l, x: r.features.map((v) => Math.round(v * 1e5) / 1e5), text: r.line.text.slice(0, 80) });
    }
  } finally {
    page.close();
  }
  return out;
}

function labelerFor(task: PageTask): ((line: string) => Label) | null {
  if (task.wcxb) {
    const mc = mainContent(task.wcxb.mainContent);
    return (line) => labelByMainContent(line, mc);
  }
  const gt = task.gt;
  if (gt && (gt.with.length || gt.without.length)) return (line) => labelBySnippets(line, gt);
  return null;
}
