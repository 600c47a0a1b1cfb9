import { scoreSnippets } from './snippets.js';
import { inLockbox } from './cv.js';
import { scoreWords } from './words.js';
import type { ExtractorPage, PageResult, PageTask } from './types.js';

/** What an extractor scores on a page that could not be evaluated: empty text. */
export function failed(reason: string, task: PageTask): ExtractorPage {
  const p: ExtractorPage = { ok: false, reason, chars: 0, junk: [], dups: { all: [], unexplained: [] } };
  if (task.gt) p.snippets = scoreSnippets('', task.gt);
  if (task.wcxb) p.words = scoreWords('', task.wcxb.mainContent);
  return p;
}

/** A page the harness could not evaluate counts as failed for both extractors. */
export function unevaluated(task: PageTask, reason: string): PageResult {
  return { ...pageBase(task), error: reason, plain: failed(reason, task), ours: failed(reason, task) };
}

/** What every page result says of its page. */
export function pageBase(task: PageTask): Pick<PageResult, 'set' | 'name' | 'judged' | 'domain' | 'type' | 'lockbox'> {
  const base: Pick<PageResult, 'set' | 'name' | 'judged' | 'domain' | 'type' | 'lockbox'> = { set: task.set, name: task.name, judged: Boolean(task.gt), domain: task.domain };
  if (task.wcxb) base.type = task.wcxb.type;
  if (task.set !== 'readability' && inLockbox(task.domain)) base.lockbox = true;
  return base;
}
