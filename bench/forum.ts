/**
 * Word F1 (WCXB's metric, bench/quality/words.ts) on wcxb-dev forum pages and a
 * fixed sample of its article pages: `npx tsx bench/forum.ts [--articles N]
 * [--no-articles] [--save FILE] [--compare FILE] [--corpus DIR]`. The output scored is
 * title + "\n\n" + text against `main_content`; a page readPage gives up on
 * scores 0. `--save` writes the per-page F1, `--compare` prints the change
 * against such a file (bench/repeats.ts --f1 writes one for every page).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { scoreWords } from './quality/words.js';
import { arg, CORPUS, readCorpusPage, wcxbPages } from './wcxb/pages.js';

const all = wcxbPages(CORPUS);
const forum = all.filter((p) => p.type === 'forum');
const articles = all.filter((p) => p.type === 'article');
/** Every fifth article page, 150 of them (the first N with `--articles N`): the same sample on every run. */
const sample = articles.filter((_, i) => i % 5 === 0).slice(0, Math.min(150, Number(arg('articles') ?? 150)));
const forumOnly = process.argv.includes('--no-articles');
const before = arg('compare') ? (JSON.parse(readFileSync(arg('compare')!, 'utf8')) as Record<string, { f1: number }>) : {};

const scores: Record<string, { type: string; f1: number }> = {};
for (const page of [...forum, ...(forumOnly ? [] : sample)]) {
  let f1 = 0;
  try {
    const { result } = await readCorpusPage(page);
    f1 = scoreWords(result.ok ? `${result.title}\n\n${result.text}` : '', page.mainContent ?? '').f1;
  } catch (err) {
    console.error(`${page.id} failed: ${String(err)}`);
  }
  scores[page.id] = { type: page.type ?? '', f1 };
  const was = before[page.id]?.f1;
  if (was !== undefined && Math.abs(was - f1) >= 0.02) console.log(`${page.id} ${page.type} ${was.toFixed(3)} -> ${f1.toFixed(3)}  ${page.url}`);
}
const save = arg('save');
if (save) writeFileSync(save, JSON.stringify(scores));
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
for (const [label, pages] of [['forum', forum], ['article sample', forumOnly ? [] : sample]] as const) {
  if (!pages.length) continue;
  const now = mean(pages.map((p) => scores[p.id]!.f1));
  const known = pages.filter((p) => before[p.id] !== undefined);
  const was = known.length === pages.length ? ` (before ${mean(pages.map((p) => before[p.id]!.f1)).toFixed(4)})` : '';
  console.log(`${label}: ${pages.length} pages, mean word F1 ${now.toFixed(4)}${was}`);
}
