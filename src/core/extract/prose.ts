import { hasAttrWord } from '../clean/attrs.js';
import { holdsProse } from '../clean/guard.js';
import { AD_ATTR_WORDS, DIALOG_ATTR_WORDS, NOT_STORY_ATTR_WORDS, PROMO_ATTR_WORDS, PROMPT_ATTR_WORDS } from '../rules.js';
import { collapse, hasBlockChild, hasCode, readableText } from '../text.js';

/**
 * A second opinion on where the story is. Readability scores every text
 * cell, so a 600-row table of contacts or a long form can outscore the story
 * next to it (seen on a dailymail.co.uk campaign page and a
 * feuerwehrverband.de news item). This measure counts prose only: leaf blocks
 * that read as sentences and are mostly not links, outside navigation, forms
 * and asides. The container that gathers the most of it is the prose block.
 */
export interface ProseBlock {
  el: Element;
  /** The prose texts inside `el`, in order. */
  texts: string[];
  chars: number;
  /** findProseBlock only: the element that gathered the most prose before widening, and the page's prose paragraphs. */
  core?: Element;
  paragraphs?: ReadonlyArray<{ el: Element; text: string }>;
  /** A thread (thread.ts): its posts, which together are the article, and their whole text as it was found. */
  parts?: Element[];
  partsText?: string;
  /** Per part, its author and date as one line, or '' (post-meta.ts). */
  partsMeta?: string[];
  /** Most parts are signed by their authors, as a forum's posts and readers' comments are. */
  signed?: boolean;
}

const MIN_PROSE = 60;
const MAX_LINK_SHARE = 0.3;
/** A sentence's end: what makes a block prose here and in the verdict on a result (verdict.ts). */
export const SENTENCE = /[.!?。！？…]["'”’»)]*(\s|$)/;
const LEAF_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'DD', 'TD', 'SECTION', 'ARTICLE', 'PRE']);
const OUTSIDE = 'nav, aside, footer, form, header, [role="navigation"], [role="complementary"], [hidden], [aria-hidden="true"]';
const NOT_STORY = [NOT_STORY_ATTR_WORDS, AD_ATTR_WORDS, PROMO_ATTR_WORDS, PROMPT_ATTR_WORDS];
/** Comments and margins may hold the content, ads and prompts never do. */
const NEVER_STORY = [AD_ATTR_WORDS, PROMO_ATTR_WORDS, PROMPT_ATTR_WORDS];
/**
 * Ad, promotion and prompt words mark clutter only while the container is
 * clutter-sized: one holding this much prose is the story's own wrapper,
 * whatever its name (almanac.com's story body sits in Drupal's
 * `body-ad-wrapper`; hubermanlab.com's newsletter issues in `newsletter-content`).
 * Comments, margins and dialogs hold prose of their own (a cookie dialog
 * lists its purposes at length): their words always count.
 */
const STORY_CHARS = 1000;

function clutterWord(words: ReadonlySet<string>, el: Element): boolean {
  if (words === PROMPT_ATTR_WORDS && hasAttrWord(el, DIALOG_ATTR_WORDS)) return false;
  return words === AD_ATTR_WORDS || words === PROMO_ATTR_WORDS || words === PROMPT_ATTR_WORDS;
}
/**
 * Less prose than this outside comment threads and margins, and the page's
 * prose there is the content: a forum thread whose posts sit in a
 * `js-replyNewMessageContainer` (XenForo) or a `comments` list is all the page has.
 */
const ONLY_PROSE = 400;

/**
 * A wrapper around the page's headline or main region is layout, whatever
 * its class says: `layout-container has-sidebar` around <main> (tierwelt.ch,
 * Drupal) or Drupal's `node--promoted` ("promoted to the front page") on the
 * story's own <article>. Margins, comment threads and ads hold neither.
 */
const LAYOUT_MARK = 'h1, main, [role="main"]';

function isLayout(el: Element): boolean {
  return el.tagName === 'MAIN' || el.getAttribute('role') === 'main' || el.querySelector(LAYOUT_MARK) !== null;
}

/** Inside comments, a margin, an ad or a prompt, by class or id (checked up to <body>). */
function offStory(el: Element, seen: Map<Element, boolean>, words: readonly ReadonlySet<string>[]): boolean {
  const chain: Element[] = [];
  let hit = false;
  for (let a: Element | null = el; a && a.tagName !== 'BODY'; a = a.parentElement) {
    const known = seen.get(a);
    if (known !== undefined) {
      hit = known;
      break;
    }
    chain.push(a);
    if (!isLayout(a) && words.some((w) => hasAttrWord(a!, w) && !(clutterWord(w, a!) && holdsProse(a!, STORY_CHARS, Infinity)))) {
      hit = true;
      break;
    }
  }
  for (const c of chain) seen.set(c, hit);
  return hit;
}

const WIDEN_LEVELS = 4;
const WIDEN_RATIO = 2;

/** Share of a prose paragraph's length passed on to each level of ancestors. */
const LEVEL_WEIGHTS = [1, 0.5, 0.25];

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += collapse(a.textContent ?? '').length;
  return n;
}

/**
 * The prose paragraphs under `root`, in document order. `words` are the
 * class/id words of containers whose prose is not the story; with `tags`
 * off, paragraphs inside navigation, forms and headers count too (in what
 * Readability chose, a Webflow page's story sits in a `<header>` section).
 */
export function proseParagraphs(root: Element, elements: readonly Element[], words = NOT_STORY, tags = true): Array<{ el: Element; text: string }> {
  const out: Array<{ el: Element; text: string }> = [];
  const seen = new Map<Element, boolean>();
  for (const el of elements) {
    if (!LEAF_TAGS.has(el.tagName) || hasBlockChild(el)) continue;
    let text = collapse(el.textContent ?? '');
    if (text.length < MIN_PROSE || !SENTENCE.test(text)) continue;
    // Only a candidate is checked for code inside: a selector per element costs too much in jsdom.
    if (hasCode(el)) {
      text = collapse(readableText(el));
      if (text.length < MIN_PROSE || !SENTENCE.test(text)) continue;
    }
    if (linkChars(el) > text.length * MAX_LINK_SHARE) continue;
    if (tags && el.closest(OUTSIDE) && !el.closest('article, main')?.closest(OUTSIDE)) {
      // Inside navigation or a form, unless the whole story sits in one (a <header> around <main>).
      continue;
    }
    if (offStory(el, seen, words)) continue;
    out.push({ el, text });
  }
  return out;
}

/** The prose paragraphs of the page, those in comment and reply boxes and margins included (a forum's posts sit there). */
export function allProseParagraphs(root: Element, elements: readonly Element[]): Array<{ el: Element; text: string }> {
  return proseParagraphs(root, elements, NEVER_STORY);
}

/** The container gathering the most prose, or null on a page without any. */
export function findProseBlock(root: Element, elements: readonly Element[]): ProseBlock | null {
  let paragraphs = proseParagraphs(root, elements);
  if (length(paragraphs.map((p) => p.text)) < ONLY_PROSE) paragraphs = proseParagraphs(root, elements, NEVER_STORY);
  const score = new Map<Element, number>();
  for (const { el, text } of paragraphs) {
    let a = el.parentElement;
    for (const w of LEVEL_WEIGHTS) {
      if (!a || a === root.ownerDocument.documentElement) break;
      score.set(a, (score.get(a) ?? 0) + w * text.length);
      a = a.parentElement;
    }
  }
  let best: Element | null = null;
  let top = 0;
  for (const [el, s] of score) {
    if (s > top) {
      top = s;
      best = el;
    }
  }
  if (!best || best.tagName === 'BODY') return null;
  const textsIn = (el: Element) => paragraphs.filter((p) => el.contains(p.el)).map((p) => p.text);
  // A story split over several text fields (Drupal paragraphs, tierwelt.ch): the
  // block widens to the container of its siblings while they add as much prose again.
  // Wrappers between the fields add nothing of their own, so each of the next few ancestors is weighed.
  let block: Element = best;
  let own = length(textsIn(block));
  let up: Element | null = best.parentElement;
  for (let i = 0; i < WIDEN_LEVELS && up && up.tagName !== 'BODY' && up.tagName !== 'HTML'; i++, up = up.parentElement) {
    const wider = length(textsIn(up));
    if (wider >= WIDEN_RATIO * own) [block, own] = [up, wider];
  }
  return { ...blockOf(block, textsIn(block)), core: best, paragraphs };
}

/** A block of `texts`, the prose found in `el`. */
export function blockOf(el: Element, texts: string[]): ProseBlock {
  return { el, texts, chars: length(texts) };
}

/** The texts' total length in characters. */
export function length(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + t.length, 0);
}

/** How many characters of `texts` are found in `text`. */
export function foundChars(texts: readonly string[], text: string): number {
  const hay = collapse(text);
  return length(texts.filter((t) => hay.includes(t)));
}

/** The share of the block's prose, by length, found in `text`. */
export function coverage(block: ProseBlock, text: string): number {
  return block.chars ? foundChars(block.texts, text) / block.chars : 1;
}
