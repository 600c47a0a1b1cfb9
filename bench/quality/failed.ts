import { scoreSnippets } from './snippets.js';
import type { ExtractorPage, PageResult, PageTask } from './types.js';

/** What an extractor scores on a page that could not be evaluated: empty text. */
export function failed(reason: string, task: PageTask): ExtractorPage {
  const p: ExtractorPage = { ok: false, reason, chars: 0, junk: [], dups: { all: [], unexplained: [] } };
  if (task.gt) p.snippets = scoreSnippets('', task.gt);
  return p;
}

/** A page the harness could not evaluate counts as failed for both extractors. */
export function unevaluated(task: PageTask, reason: string): PageResult {
  return { set: task.set, name: task.name, judged: Boolean(task.gt), error: reason, plain: failed(reason, task), ours: failed(reason, task) };
}
