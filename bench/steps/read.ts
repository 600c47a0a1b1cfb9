/** One corpus page read as a click reads it, with some steps switched off: its score and the steps that removed something. */
import { loadPage } from '../../src/cli/load.js';
import { readingOf } from '../quality/reading.js';
import { readAsClick } from '../quality/sift-read.js';
import { scoreSnippets, type SnippetCounts } from '../quality/snippets.js';
import type { PageTask } from '../quality/types.js';
import { readerWords } from '../quality/words.js';

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
  snippets?: SnippetCounts;
  /** Steps with a removal logged on this page. */
  steps: string[];
}

export async function readWithout(task: StepsTask): Promise<StepsReading> {
  const page = await loadPage(task.file, task.url);
  try {
    const r = readAsClick(page, task, task.disable);
    const out: StepsReading = { set: task.set, name: task.name, steps: r.ok ? [...new Set(r.removals.map((x) => x.step))] : [] };
    const { ok, title, text } = readingOf(r);
    if (task.wcxb) out.f1 = readerWords(ok, title, text, task.wcxb.mainContent).f1;
    if (task.gt) {
      const s = scoreSnippets(text, task.gt);
      out.snippets = { tp: s.tp, fp: s.fp, fn: s.fn };
    }
    return out;
  } finally {
    page.close();
  }
}
