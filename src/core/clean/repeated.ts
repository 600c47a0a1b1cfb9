import { SET_APART_WORDS } from '../rules.js';
import { commonAncestor } from '../text.js';
import { hasAttrWord } from './attrs.js';
import { articleLines, linkDensity, type Line } from './lines.js';
import { removeLine, type CleanContext, type CleanStep } from './step.js';

/** Shorter lines repeat legitimately ("Yes", "Updated", a score); longer ones are a block printed twice. */
const MIN_REPEAT = 25;
/** Tables, code and lists of short values repeat by nature. */
const NATURALLY_REPEATING = 'td, th, pre, code, dd, dt';

export function repeatKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[\s\u200b]+/g, ' ').replace(/^[\s"'“”‘’«»(]+|[\s"'“”‘’«».,;:!?)]+$/g, '');
}

function inCaption(line: Line): boolean {
  return Boolean(line.block.closest('figcaption, figure'));
}

const LINK_LINE = 0.8;

/** The line's links, whether the line is a link or sits inside one. */
function linksOf(line: Line): Element[] {
  return line.nodes.flatMap((n) => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    const up = el?.closest('a');
    return up ? [up] : el ? [...el.getElementsByTagName('a')] : [];
  });
}

/**
 * A table of contents entry that jumps to a heading of the same words
 * (`<a href="#cpu-gameplay">` above `<h4>CPU GAMEPLAY CUSTOMISATION</h4>`,
 * fifplay.com) is navigation, not a block printed twice.
 */
function isInPageLink(line: Line): boolean {
  const links = linksOf(line);
  return links.length > 0 && linkDensity(line) >= LINK_LINE && links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'));
}

/** A sentence's end inside a line, closing quotes and brackets included: where a later sentence starts. */
const SENTENCE_BREAK = /[.!?…]["'“”‘’»)]*\s/g;
const ENDS_SENTENCE = /[.!?…]["'“”‘’»)]*$/;

/** Boxes that set a block apart from the running text. */
const SET_APART = 'figure, figcaption, blockquote, aside';
const HEADING = /^H[1-6]$/;

/** The line sits in a caption, a quote box, an aside, or a block named as a standfirst, pull quote or teaser. */
function setApart(line: Line, root: Element): boolean {
  if (line.block.closest(SET_APART)) return true;
  for (let el: Element | null = line.block; el && el !== root; el = el.parentElement) if (hasAttrWord(el, SET_APART_WORDS)) return true;
  return false;
}

/** Tag and class of each element from the line's block up to `stop` (not included). */
function setting(line: Line, stop: Element): string {
  const parts: string[] = [];
  for (let el: Element | null = line.block; el && el !== stop; el = el.parentElement) parts.push(`${el.tagName}.${el.getAttribute('class') ?? ''}`);
  return parts.join('<');
}

/**
 * Whether two copies of a line are the page printing a block twice, not the
 * article saying a line twice. The page's: one copy set apart from the other
 * (a caption, a pull quote, a standfirst box), or the two back to back, or in
 * different settings (tag and class up to where they meet) within one
 * section, or a whole passage printed again line for line. The article's own: two copies of the same kind in the flow apart
 * from each other, such as an interview's recurring question, a step or an
 * ingredient in two lists, a tweet's sign-off; lines that share no box and
 * sit under different headings (a meal plan printed for two diets). A
 * forum reply quoting an earlier post in a quote box is a copy: the thread
 * prints the post again (head-fi.org's replies quote the question seven times).
 * Gives the removal's reason, naming which of these it is, or '' for the article's own.
 */
function printedTwice(lines: readonly Line[], a: number, b: number, root: Element): string {
  const first = lines[a]!;
  const line = lines[b]!;
  if (setApart(first, root) !== setApart(line, root)) return 'block printed twice, once set apart (a caption, a standfirst, a quote box)';
  const between = lines.slice(a + 1, b);
  if (!between.length) return 'block printed twice, back to back';
  if (sameRun(lines, a, b) >= MIN_RUN) return 'passage printed again, line for line';
  if (between.some((l) => HEADING.test(l.block.tagName))) return '';
  const stop = commonAncestor(first.block, line.block);
  return stop !== null && setting(first, stop) !== setting(line, stop) ? 'block printed twice, in another part of the page' : '';
}

/**
 * A whole passage printed again, line for line: the story laid out once per
 * screen size, all copies in the markup (a Framer page's three). A meal plan
 * for two diets shares a few lines in a row, not a dozen.
 */
const MIN_RUN = 12;

function sameRun(lines: readonly Line[], a: number, b: number): number {
  let n = 0;
  while (a + n < b && b + n < lines.length && n < MIN_RUN && repeatKey(lines[a + n]!.text) === repeatKey(lines[b + n]!.text)) n++;
  return n;
}

/**
 * A block the page prints twice: a standfirst repeated at the top of the
 * body (the seed page), a caption repeated as a paragraph, a pull quote set
 * out again. One copy stays: the caption when one copy is a caption, else
 * the first. In-page links (a table of contents) are not copies, and lines
 * the article itself repeats stay (printedTwice). A block of whole sentences
 * that opens a longer paragraph elsewhere is a copy too (the seed page's
 * standfirst, printed in the body and again as the start of its second
 * paragraph, which goes on): the paragraph stays, whole.
 */
export const repeatedBlocks: CleanStep = {
  name: 'repeatedBlocks',
  phase: 'post',
  run(root, ctx) {
    const seen = new Map<string, Line>();
    const kept: Line[] = [];
    const lines = articleLines(root);
    const index = new Map<Line, number>();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      index.set(line, i);
      if (line.text.length < MIN_REPEAT || line.block.closest(NATURALLY_REPEATING)) continue;
      const key = repeatKey(line.text);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, line);
        kept.push(line);
        continue;
      }
      // Only a repeat pays for the link check. An in-page link is never a copy: it is
      // not dropped, and one kept as the first copy gives way to the next line.
      if (isInPageLink(line)) continue;
      if (isInPageLink(first)) {
        seen.set(key, line);
        continue;
      }
      const why = printedTwice(lines, index.get(first)!, i, root);
      if (!why) continue;
      const drop = inCaption(line) && !inCaption(first) ? first : line;
      if (drop === first) seen.set(key, line);
      removeLine(ctx, 'repeatedBlocks', why, drop, root);
    }
    openingCopies(kept, seen, root, ctx);
  },
};

/** Not yet removed: a removal moves the line's nodes out of the article. */
function inside(line: Line, root: Element): boolean {
  return line.nodes.length > 0 && root.contains(line.nodes[0]!);
}

/**
 * How far into the article a copy printed ahead may sit: a standfirst, or a
 * few summary points, come before the story's first paragraphs. Further in,
 * a sentence that stands alone and later opens a paragraph is the article's
 * own (a plant guide's tip, an API field's short description beside its
 * long one). Counted among the lines long enough to be copies. On the corpus
 * (bench/repeats.ts), with no limit 8 of the 15 such removals took a line the
 * ground truth holds as often as the page; with this one, 3 of 7.
 */
const OPENING_REACH = 6;

/**
 * Lines of whole sentences that open a later, longer line: a prefix of it
 * that ends where one of its sentences ends. Only a copy printed ahead (a
 * standfirst, a summary point: OPENING_REACH): a statement reproduced in full
 * after a paragraph that quoted its opening is the source, and stays whole
 * (thestkittsnevisobserver.com). Looked up by each line's sentence ends, so
 * the cost grows with the sentences, not with pairs of lines.
 */
function openingCopies(lines: readonly Line[], seen: Map<string, Line>, root: Element, ctx: CleanContext): void {
  const earlier = new Set<Line>();
  const ahead = new Set(lines.slice(0, OPENING_REACH));
  for (const line of lines) {
    earlier.add(line);
    if (inCaption(line) || !inside(line, root)) continue;
    const key = repeatKey(line.text);
    for (const m of key.matchAll(SENTENCE_BREAK)) {
      const copy = seen.get(repeatKey(key.slice(0, m.index + m[0].length)));
      if (!copy || copy === line || !earlier.has(copy) || !ENDS_SENTENCE.test(copy.text) || inCaption(copy) || isInPageLink(copy)) continue;
      if (!ahead.has(copy) || !inside(copy, root)) continue;
      seen.delete(repeatKey(copy.text));
      removeLine(ctx, 'repeatedBlocks', 'block printed again at the start of a paragraph', copy, root);
    }
  }
}

/**
 * The headline or byline printed again at the top of the body. The reader's
 * header already shows both. Only the first few lines are looked at, so a
 * later sentence that happens to equal the title is left alone.
 */
export const repeatedHeader: CleanStep = {
  name: 'repeatedHeader',
  phase: 'post',
  run(root, ctx) {
    const title = repeatKey(ctx.title);
    const byline = repeatKey(ctx.byline);
    const lines = articleLines(root);
    for (const line of lines.slice(0, 4)) {
      const key = repeatKey(line.text);
      let reason = '';
      if (title && key === title) reason = 'headline repeated in the body';
      else if (byline && (key === byline || key === `by ${byline}`)) reason = 'byline repeated in the body';
      if (!reason) continue;
      removeLine(ctx, 'repeatedHeader', reason, line, root);
    }
    if (!byline) bylineToHeader(lines, root, ctx);
  },
};

/** A byline line: its label and a name of two to four capitalised words ("Von: Götz Warnke", "By Dana Whitfield"). */
const BYLINE_LINE = /^(?:[Vv]on|VON|[Bb]y|BY|[Aa]utor|[Aa]utorin|[Aa]uthor|[Pp]or)\s*:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;
const BYLINE_REACH = 3;

/**
 * When Readability found no byline, a byline line at the top or the foot of
 * the body ("Von: Götz Warnke" closing sonnenenergie.de's story) moves into
 * the reader's header: the name becomes the byline, the line goes.
 */
function bylineToHeader(lines: Line[], root: Element, ctx: CleanContext): void {
  const ends = lines.length > 2 * BYLINE_REACH ? [...lines.slice(0, BYLINE_REACH), ...lines.slice(-BYLINE_REACH)] : lines;
  for (const line of ends) {
    const name = BYLINE_LINE.exec(line.text.trim())?.[1];
    if (!name || !root.contains(line.block)) continue;
    ctx.byline = name;
    removeLine(ctx, 'repeatedHeader', 'byline, shown in the header', line, root);
    return;
  }
}
