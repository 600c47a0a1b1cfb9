/** Evaluate one corpus page with both extractors (runs inside a worker). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPage, NODE_TIME_BUDGET_MS } from '../../src/cli/load.js';
import { readPage } from '../../src/core/index.js';
import { htmlParagraphs, plainReadability, visibleText } from './dom-text.js';
import { findDuplicates } from './duplicates.js';
import { junkLines } from './junk.js';
import { retention } from './retention.js';
import { scoreSnippets } from './snippets.js';
import { unevaluated } from './failed.js';
import type { ExtractorPage, PageResult, PageTask } from './types.js';

const paragraphs = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export async function evaluatePage(task: PageTask): Promise<PageResult> {
  const base = { set: task.set, name: task.name, judged: Boolean(task.gt) };
  let page;
  try {
    page = await loadPage(task.file, task.url);
  } catch (err) {
    return unevaluated(task, `load failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const doc = page.document;
    const plain = plainReadability(doc);
    const ours = readPage(doc, { force: true, window: page.window, url: task.url, timeBudgetMs: NODE_TIME_BUDGET_MS });
    const oursText = ours.ok ? ours.text : '';
    const removals = ours.ok ? ours.removals.map((r) => r.text) : [];
    const visible = visibleText(doc);
    const expected = task.expectedFile ? htmlParagraphs(await readFile(task.expectedFile, 'utf8'), page.window) : null;

    const judge = (text: string, ok: boolean, reason: string | undefined, removed: string[] | null): ExtractorPage => {
      const r: ExtractorPage = {
        ok,
        chars: text.length,
        junk: junkLines(text),
        dups: findDuplicates(text, visible),
      };
      if (reason) r.reason = reason;
      if (task.gt) r.snippets = scoreSnippets(text, task.gt);
      if (expected) r.retention = retention(expected, paragraphs(text), removed ?? []);
      if (removed) {
        r.removals = removed.length;
        if (plain.ok) r.keptFromPlain = retention(paragraphs(plain.text), paragraphs(text), removed);
      }
      return r;
    };
    if (task.dumpDir) {
      const dir = join(task.dumpDir, task.set);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${task.name}.plain.txt`), plain.text);
      await writeFile(join(dir, `${task.name}.ours.txt`), oursText);
      if (ours.ok) await writeFile(join(dir, `${task.name}.removals.json`), JSON.stringify(ours.removals, null, 1));
    }
    return {
      ...base,
      plain: judge(plain.text, plain.ok, plain.reason, null),
      ours: judge(oursText, ours.ok, ours.ok ? undefined : `${ours.code}: ${ours.reason}`, removals),
    };
  } finally {
    page.close();
  }
}
