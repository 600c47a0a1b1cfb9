/** Evaluate one corpus page with both extractors (runs inside a worker). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPage } from '../../src/cli/load.js';
import { htmlParagraphs, plainReadability, visibleText } from './dom-text.js';
import { findDuplicates } from './duplicates.js';
import { junkLines } from './junk.js';
import { retention } from './retention.js';
import { readAsClick } from './sift-read.js';
import { scoreSnippets } from './snippets.js';
import { pageBase, unevaluated } from './failed.js';
import { readerWords } from './words.js';
import type { ExtractorPage, PageResult, PageTask } from './types.js';

const paragraphs = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export async function evaluatePage(task: PageTask): Promise<PageResult> {
  const base = pageBase(task);
  let page;
  try {
    page = await loadPage(task.file, task.url);
  } catch (err) {
    return unevaluated(task, `load failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const doc = page.document;
    const plain = plainReadability(doc);
    // As a reader's click reads: a page the engine calls "not an article" scores as refused.
    const ours = readAsClick(page, task);
    const oursText = ours.ok ? ours.text : '';
    const removals = ours.ok ? ours.removals.map((r) => r.text) : [];
    const visible = visibleText(doc);
    const expected = task.expectedFile ? htmlParagraphs(await readFile(task.expectedFile, 'utf8'), page.window) : null;

    const judge = (text: string, ok: boolean, reason: string | undefined, removed: string[] | null, title: string): ExtractorPage => {
      const r: ExtractorPage = {
        ok,
        chars: text.length,
        junk: junkLines(text),
        dups: findDuplicates(text, visible),
      };
      if (reason) r.reason = reason;
      if (removed && !ours.ok && ours.code === 'not-article') r.refused = true;
      if (task.gt) r.snippets = scoreSnippets(text, task.gt);
      if (task.wcxb) r.words = readerWords(ok, title, text, task.wcxb.mainContent);
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
      plain: judge(plain.text, plain.ok, plain.reason, null, plain.title),
      ours: judge(oursText, ours.ok, ours.ok ? undefined : `${ours.code}: ${ours.reason}`, removals, ours.ok ? ours.title : ''),
    };
  } finally {
    page.close();
  }
}
