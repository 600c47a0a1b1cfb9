/**
 * Lines removed as repeats (step repeatedBlocks) that the article itself
 * repeats: `npx tsx bench/repeats.ts [--set snippets|wcxb|all] [--sample K]
 * [--ids FILE]
 * [--save FILE] [--f1 FILE] [--corpus DIR]`.
 *
 * For each such removal, the removed line is counted in the page's own text
 * and in the ground truth: wcxb-dev's `main_content`, or for snippets pages
 * the `with` sentences (the page's count is at least the copies the reader
 * kept and removed: a line read from a <noscript> or the page's JSON is not in
 * the body's text). A removal is wrong when the ground truth holds the
 * line at least as often as the page prints it (the page printed it no more
 * often than the article says it). Target: 0. `--save` writes the ids of the
 * pages with any repeatedBlocks removal, `--sample K` reads every K-th page, `--ids` reads such a list back, so a
 * change that only withholds removals can be checked on those pages alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repeatKey } from '../src/core/clean/repeated.js';
import { scoreWords } from './quality/words.js';
import { arg, CORPUS, readCorpusPage, snippetPages, wcxbPages, type CorpusPage } from './wcxb/pages.js';

const norm = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[\s\u200b]+/g, ' ');

/** Non-overlapping occurrences of `needle` in `hay`. */
export function occurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Cheap test on the raw markup, so only pages that print some block's text
 * twice pay for jsdom and readPage: a repeated line is a block's whole text,
 * and here that text appears at least twice between block tags (text.ts's).
 */
const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|caption)\b[^>]*>/gi;
function mayRepeat(html: string): boolean {
  const text = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, ' ');
  const seen = new Set<string>();
  for (const chunk of text.split(BLOCK_TAG)) {
    const key = repeatKey(chunk.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, '&'));
    if (key.length < 25) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

const set = arg('set') ?? 'all';
let pages: CorpusPage[] = [
  ...(set === 'wcxb' ? [] : snippetPages(CORPUS)),
  ...(set === 'snippets' ? [] : wcxbPages(CORPUS)),
];
const every = Number(arg('sample') ?? 1);
if (every > 1) pages = pages.filter((_, i) => i % every === 0);
const idsFile = arg('ids');
if (idsFile) {
  const keep = new Set(readFileSync(idsFile, 'utf8').split('\n').filter(Boolean));
  pages = pages.filter((p) => keep.has(`${p.set}:${p.id}`));
}

/** wcxb pages' word F1, written with `--f1 FILE` (bench/forum.ts reads it as a baseline). */
const scores: Record<string, { type: string; f1: number }> = {};
let removed = 0;
let wrong = 0;
let judged = 0;
const withRepeats: string[] = [];
const t0 = Date.now();
if (process.argv.includes('--prefilter')) {
  const n = pages.filter((p) => { const b = readFileSync(p.file); return mayRepeat((p.file.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8')); }).length;
  console.log(`${n} of ${pages.length} pages print some block twice`);
  process.exit(0);
}
for (const [i, page] of pages.entries()) {
  let read;
  try {
    const bytes = readFileSync(page.file);
    if (!mayRepeat((page.file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))) continue;
    read = await readCorpusPage(page, true);
  } catch (err) {
    console.error(`${page.set}:${page.id} failed: ${String(err)}`);
    continue;
  }
  const { result, pageText } = read;
  if (page.mainContent !== undefined) {
    const predicted = result.ok ? `${result.title}\n\n${result.text}` : '';
    scores[page.id] = { type: page.type ?? '', f1: scoreWords(predicted, page.mainContent).f1 };
  }
  if (!result.ok) continue;
  const reps = result.removals.filter((r) => r.step === 'repeatedBlocks');
  if (!reps.length) continue;
  withRepeats.push(`${page.set}:${page.id}`);
  const pageNorm = norm(pageText);
  const truth = page.mainContent !== undefined ? norm(page.mainContent) : page.with ? page.with.map(norm).join('\n') : undefined;
  const outNorm = norm(result.text);
  const removedKeys = reps.map((r) => repeatKey(r.text));
  for (const [k, r] of reps.entries()) {
    removed++;
    if (truth === undefined) continue;
    judged++;
    const key = removedKeys[k]!;
    // The copies the reader had: the page's body text misses what readPage read from
    // elsewhere (a <noscript> copy, the page's JSON), so at least what it kept plus what it removed.
    const inPage = Math.max(occurrences(pageNorm, key), occurrences(outNorm, key) + removedKeys.filter((x) => x === key).length);
    const inTruth = occurrences(truth, key);
    // snippets: a `with` sentence is one 3-8 word piece of a line, so a line holding one counts once.
    const truthCount = page.mainContent !== undefined ? inTruth : Math.max(inTruth, page.with!.some((w) => key.includes(norm(w).trim())) ? 1 : 0);
    if (truthCount > 0 && truthCount >= inPage) {
      wrong++;
      console.log(`WRONG ${page.set}:${page.id} ${page.type ?? '-'} page ${inPage}x truth ${truthCount}x [${r.reason}]  ${r.text.slice(0, 110)}`);
    } else if (process.argv.includes('--all-lines')) {
      console.log(`ok    ${page.set}:${page.id} ${page.type ?? '-'} page ${inPage}x truth ${truthCount}x [${r.reason}]  ${r.text.slice(0, 110)}`);
    }
  }
  if ((i + 1) % 100 === 0) console.error(`${i + 1}/${pages.length} pages, ${Math.round((Date.now() - t0) / 1000)} s`);
}
const save = arg('save');
if (save) writeFileSync(save, `${withRepeats.join('\n')}\n`);
const f1File = arg('f1');
if (f1File) writeFileSync(f1File, JSON.stringify(scores));
console.log(`\n${pages.length} pages, ${withRepeats.length} with repeatedBlocks removals; ${removed} lines removed as repeats, ${judged} with ground truth; wrong (ground truth holds the line as often as the page): ${wrong}`);
