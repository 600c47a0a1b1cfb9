/** One corpus page read as a click reads it, with some steps switched off: its score and the steps that removed something. */
import { loadPage, NODE_TIME_BUDGET_MS } from '../../src/cli/load.js';
import { readPage } from '../../src/core/index.js';
import { modelFor } from '../quality/cv.js';
import { scoreSnippets } from '../quality/snippets.js';
import type { PageTask } from '../quality/types.js';
import { scoreWords } from '../quality/words.js';

export interface StepsTask extends PageTask {
  /** Step names to switch off (readPage's `disable`). */
  disable: string[];
}

export interface StepsReading {
  set: PageTask['set'];
  name: string;
  /** wcxb-dev: word F1 of title and text (0 when refused). */
  f1?: number;
  /** snippets: the page's true and false positives and misses. */
  snippets?: { tp: number; fp: number; fn: number };
  /** Steps with a removal logged on this page. */
  steps: string[];
}

export async function readWithout(task: StepsTask): Promise<StepsReading> {
  const page = await loadPage(task.file, task.url);
  try {
    const model = modelFor(task, task.scorer ?? 'cv');
    const r = readPage(page.document, {
      window: page.window, url: task.url, timeBudgetMs: NODE_TIME_BUDGET_MS, disable: task.disable,
      ...(model === undefined ? {} : { scorer: { model } }),
    });
    const out: StepsReading = { set: task.set, name: task.name, steps: r.ok ? [...new Set(r.removals.map((x) => x.step))] : [] };
    if (task.wcxb) out.f1 = scoreWords(r.ok ? `${r.title}\n\n${r.text}` : '', task.wcxb.mainContent).f1;
    if (task.gt) {
      const s = scoreSnippets(r.ok ? r.text : '', task.gt);
      out.snippets = { tp: s.tp, fp: s.fp, fn: s.fn };
    }
    return out;
  } finally {
    page.close();
  }
}
