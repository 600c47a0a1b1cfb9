/** One page's training rows (runs inside a worker): every scored line's features and label. */
import { loadPage, NODE_TIME_BUDGET_MS } from '../../src/cli/load.js';
import { readArticle } from '../../src/core/read.js';
import type { LineFeatures } from '../../src/core/score/features.js';
import type { PageTask } from '../quality/types.js';
import { labelByMainContent, labelBySnippets, mainContent, type Label } from './labels.js';

/**
 * One line of the article as the model sees it: its text, and unless it is
 * exempt (a caption, code, a table, a quoted block) its features and, where
 * the ground truth decides, its label. Every line is kept, labelled or not,
 * so train.py can rebuild the page's exact output text for any threshold and
 * score it with the benchmark's own metric.
 */
export interface Row {
  label: 0 | 1 | null;
  x?: number[];
  text: string;
}

export interface PageRows {
  set: string;
  name: string;
  domain: string;
  type: string;
  title: string;
  /** The output text's paragraphs that are not article lines (text put back after the scorer ran). */
  extra: string[];
  rows: Row[];
}

export async function dumpPage(task: PageTask): Promise<PageRows> {
  const out: PageRows = { set: task.set, name: task.name, domain: task.domain, type: task.wcxb?.type ?? task.set, title: '', extra: [], rows: [] };
  const label = labelerFor(task);
  if (!label) return out;
  const page = await loadPage(task.file, task.url);
  try {
    let seen: readonly LineFeatures[] = [];
    // The model is off, so every line the rule steps left is seen as it is when the model runs.
    // As a click reads (no force): a refused page has no output for the model to change.
    const result = readArticle(page.document, { url: task.url, timeBudgetMs: NODE_TIME_BUDGET_MS, scorer: { model: null, inspect: (rows) => { seen = rows; } } });
    if (!result.ok) return out;
    out.title = result.title;
    for (const r of seen) {
      if (r.exempt) { out.rows.push({ label: null, text: r.line.text }); continue; }
      out.rows.push({ label: label(r.line.text), x: r.features.map((v) => Math.round(v * 1e5) / 1e5), text: r.line.text });
    }
    const lines = new Set(seen.map((r) => r.line.text));
    out.extra = result.text.split('\n\n').filter((p) => p && !lines.has(p));
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
