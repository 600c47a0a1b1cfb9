/**
 * Features of the article's lines for the boilerplate scorer: what a line is
 * (length, sentence shape, stopwords, links, digits and dates, its tag and
 * its ancestors' class words in a small fixed vocabulary), where it sits
 * (position, the lines around it). Nothing here can spell a site: no raw
 * class name, no address; and no facts of the whole page (its size or link
 * share), from which the model learnt a page's prior instead of judging the
 * line (the cross-validated figure was the same without them). Nor how often
 * the page prints the line elsewhere: counting every line of the page cost
 * 2.9 ms in Chromium, more than the rest of the scorer, and the model was as
 * good without it (train.py, folds 1-4: wcxb word F1 0.8411 with it, 0.8410
 * without; lockbox 0.8097 and 0.8099). The same code computes
 * the features when training (bench/train) and when reading, so the model
 * sees the numbers it was trained on.
 */
import { attrWords } from '../clean/attrs.js';
import { linkFacts, type Line } from '../clean/lines.js';
import { headlineKey } from '../text.js';
import { classesOf, UNICODE, type CharClasses } from './chars.js';
import { STOP_WORDS } from './stopwords.js';

/** Class/id word groups: a handful of families every template uses, never one site's names. */
const CLASS_GROUPS: readonly (readonly string[])[] = [
  ['nav', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumbs', 'pagination', 'pager', 'skip'],
  ['share', 'social', 'sharing', 'follow', 'facebook', 'twitter', 'whatsapp', 'print', 'email'],
  ['related', 'recommended', 'more', 'read', 'teaser', 'teasers', 'popular', 'trending', 'next', 'prev', 'previous'],
  ['meta', 'byline', 'author', 'date', 'time', 'published', 'updated', 'posted', 'dateline', 'info'],
  ['tag', 'tags', 'category', 'categories', 'topics', 'topic', 'keywords', 'label', 'labels'],
  ['comment', 'comments', 'reply', 'replies', 'discussion', 'respond', 'vote', 'votes'],
  ['newsletter', 'subscribe', 'signup', 'promo', 'cta', 'banner', 'ad', 'ads', 'sponsor', 'sponsored', 'advert'],
  ['footer', 'copyright', 'legal', 'disclaimer', 'contact', 'address', 'imprint'],
  ['sidebar', 'widget', 'aside', 'rail', 'module', 'box', 'card', 'cards', 'list', 'grid', 'item', 'items'],
  ['caption', 'credit', 'credits', 'photo', 'image', 'img', 'media', 'gallery', 'figure', 'slide'],
  ['content', 'body', 'text', 'article', 'story', 'entry', 'post', 'prose', 'main', 'richtext'],
  ['title', 'headline', 'heading', 'header', 'kicker', 'subtitle', 'dek', 'summary', 'intro', 'lead'],
  ['user', 'username', 'profile', 'avatar', 'member', 'rank', 'signature', 'message', 'thread', 'question', 'answer'],
];
const GROUP_OF = new Map<string, number>();
CLASS_GROUPS.forEach((g, i) => { for (const w of g) GROUP_OF.set(w, i); });

const HEADING = /^H[1-6]$/;
const MAX_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const SENTENCE_BREAK = /[.!?…]["'”’»)\]]*(?:\s|$)/gu;
const WORD = UNICODE.word;
/** Punctuation is what is neither a letter, a number nor white space: counted as what those leave. */
const SPACE = /\s+/g;
const SEPARATOR = /[|·•›»/]+/g;
const DATE = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juil|août|sept|déc|ene|abr|ago|dic)[a-zé]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juil|août|sept|déc|ene|abr|ago|dic|de)[a-zé]*)/iu;
const TIME_AGO = /\b(?:\d+\s*(?:min|minutes?|hours?|hrs?|days?|weeks?|months?|years?|std|stunden?|tagen?|jours?|heures?|horas?|días?)\b|ago\b|vor\s+\d)/iu;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|alle rechte/iu;
const COUNTER = /^\s*\d+\s*(?:\/|of|von|de|sur)\s*\d+\s*$/iu;
// DATE and COUNTER need an ASCII digit, which every class of digits counted below includes: a line without
// digits is not asked (the date pattern was 6% of the features' time in Chromium).

/** Characters of `s` a pattern matches, by what removing them takes away: one native pass, no match objects (a per-letter exec loop was most of the scorer's cost). */
const count = (s: string, re: RegExp) => s.length - s.replace(re, '').length;
/** The same for patterns that match more than one character (sentence ends, which are few). */
const countRuns = (s: string, re: RegExp) => { re.lastIndex = 0; let n = 0; while (re.exec(s)) n++; return n; };

/** Per-line facts, before neighbours and position are added. */
interface Base {
  chars: number;
  words: number;
  linkDensity: number;
  links: number;
  stopShare: number;
  endsSentence: number;
  heading: number;
}

/** Names of the feature vector's entries, in order: the model file carries them and is checked against them. */
export const FEATURE_NAMES: readonly string[] = [
  'log_chars', 'log_words', 'sentences', 'ends_sentence', 'ends_colon', 'punct_share', 'stop_share',
  'link_density', 'log_links', 'cap_share', 'upper_share', 'digit_share', 'has_date', 'time_ago', 'copyright', 'separators',
  'counter', 'avg_word_len',
  'tag_heading', 'tag_p', 'tag_li', 'tag_cell', 'tag_dl', 'tag_div', 'in_list', 'in_blockquote', 'in_chrome', 'in_link_only',
  ...CLASS_GROUPS.map((g) => `class_${g[0]}`),
  'title_likeness', 'byline_like',
  'rel_pos', 'log_from_start', 'log_from_end', 'chars_before_share',
  'prev_log_chars', 'prev_link_density', 'prev_stop_share', 'prev_heading', 'prev_ends_sentence', 'has_prev',
  'next_log_chars', 'next_link_density', 'next_stop_share', 'next_heading', 'next_ends_sentence', 'has_next',
  'link_run', 'short_run', 'heading_then_links',
];

export interface LineFeatures {
  line: Line;
  features: number[];
  /** Captions, code, tables and definition lists: never scored, never labelled. */
  exempt: boolean;
}

export interface FeatureContext {
  title: string;
  byline: string;
}

/**
 * Lines in these never count as boilerplate: a caption, a code block, a table
 * or a definition list is kept whole, and so is a quoted block (an embedded
 * social post keeps its author line: "— Ana Costa (@MayorAnaCosta) May 3").
 */
const EXEMPT = new Set(['FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'DL', 'CODE', 'MATH', 'BLOCKQUOTE']);
const CHROME = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);

/**
 * The features that need a pass over a line's words one by one (stopwords,
 * capitals, words shared with the title): the costliest part of a line's
 * features. Read lazily (see `lineFeatures`), they are NaN until asked for.
 */
export const WORD_FEATURES: readonly number[] = ['stop_share', 'cap_share', 'title_likeness', 'prev_stop_share', 'next_stop_share']
  .map((name) => FEATURE_NAMES.indexOf(name));
const [STOP_SHARE, CAP_SHARE, TITLE_LIKENESS, PREV_STOP_SHARE, NEXT_STOP_SHARE] = WORD_FEATURES as [number, number, number, number, number];

export interface LineFeatureSet {
  rows: LineFeatures[];
  /** Fills in row i's word features (a no-op when they are there already). */
  complete(i: number): void;
}

/**
 * Every line's features. With `lazy`, the word features (WORD_FEATURES) are
 * left NaN, to be filled by `complete(i)` only for lines whose score could
 * reach the threshold without them (model.ts, maxLogOdds): most story lines
 * cannot, and are never walked word by word.
 */
export function lineFeatures(root: Element, lines: readonly Line[], fx: FeatureContext, lazy = false): LineFeatureSet {
  const n = lines.length;
  const bases: Base[] = new Array(n);
  const rows: LineFeatures[] = new Array(n);
  const classes: CharClasses[] = new Array(n);
  const titleWords = wordSet(fx.title);
  const bylineKey = fx.byline ? headlineKey(fx.byline) : '';
  const chains = new Map<Element, Chain>();
  let totalChars = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const text = line.text;
    const chars = text.length;
    const cls = classesOf(text);
    classes[i] = cls;
    const spaces = count(text, SPACE);
    // Removing runs of white space takes the characters removing each one does: the visible ones are what is left.
    const { density: ld, links } = linkFacts(line, chars - spaces);
    const letters = count(text, cls.letter);
    const digits = count(text, cls.digit);
    // Words are runs of letters and numbers: a run each when every run becomes one character, and their
    // length is the letters and digits (a word is nothing else), without a string per word.
    const wc = text.replace(cls.word, '-').length - (chars - letters - digits);
    const anc = ancestry(line.block, root, chains);
    totalChars += chars;
    const heading = HEADING.test(line.block.tagName) || anc.heading ? 1 : 0;
    const endsSentence = SENTENCE_END.test(text) ? 1 : 0;
    bases[i] = { chars, words: wc, linkDensity: ld, links, stopShare: NaN, endsSentence, heading };
    const f = [
      Math.log1p(chars), Math.log1p(wc), countRuns(text, SENTENCE_BREAK), endsSentence, text.endsWith(':') ? 1 : 0,
      chars ? (chars - letters - digits - spaces) / chars : 0, NaN,
      ld, Math.log1p(links), NaN, letters ? count(text, cls.upper) / letters : 0, chars ? digits / chars : 0,
      digits && DATE.test(text) ? 1 : 0, TIME_AGO.test(text) ? 1 : 0, COPYRIGHT.test(text) ? 1 : 0, wc ? count(text, SEPARATOR) / wc : 0,
      digits && COUNTER.test(text) ? 1 : 0, wc ? (letters + digits) / wc : 0,
      heading, anc.tag === 'P' ? 1 : 0, anc.tag === 'LI' ? 1 : 0, anc.tag === 'TD' || anc.tag === 'TH' ? 1 : 0,
      anc.tag === 'DT' || anc.tag === 'DD' ? 1 : 0, anc.tag === 'DIV' || anc.tag === 'SECTION' || anc.tag === 'ARTICLE' ? 1 : 0,
      anc.inList ? 1 : 0, anc.inBlockquote ? 1 : 0, anc.inChrome ? 1 : 0, ld >= 0.99 && links === 1 ? 1 : 0,
      ...anc.groups,
      NaN, bylineLike(text, cls.latin ? letters + digits : 0, bylineKey),
    ];
    rows[i] = { line, features: f, exempt: anc.exempt };
  }
  // Position, neighbours, runs and page facts need every line's base first.
  const linkRuns = runLengths(bases, (b) => b.linkDensity > 0.5);
  const shortRuns = runLengths(bases, (b) => b.words < 8);
  let before = 0;
  for (let i = 0; i < n; i++) {
    const b = bases[i]!;
    const p = i > 0 ? bases[i - 1]! : null;
    const x = i + 1 < n ? bases[i + 1]! : null;
    // The neighbour's stop share is a word feature: NaN here, filled in by complete().
    const near = (o: Base | null) => (o
      ? [Math.log1p(o.chars), o.linkDensity, NaN, o.heading, o.endsSentence, 1]
      : [0, 0, 0, 0, 0, 0]);
    const linkRun = linkRuns[i]!;
    const shortRun = shortRuns[i]!;
    const headingThenLinks = b.heading && x && x.linkDensity > 0.7 && (i + 2 >= n || bases[i + 2]!.linkDensity > 0.7) ? 1 : 0;
    rows[i]!.features.push(
      n > 1 ? i / (n - 1) : 0, Math.log1p(i), Math.log1p(n - 1 - i), totalChars ? before / totalChars : 0,
      ...near(p), ...near(x),
      Math.log1p(linkRun), Math.log1p(shortRun), headingThenLinks,
    );
    before += b.chars;
  }

  /** A line's stop share, worked out once (its neighbours read it too). */
  const stopShare = (i: number): number => {
    const b = bases[i]!;
    if (Number.isNaN(b.stopShare)) wordFacts(i);
    return b.stopShare;
  };
  const wordFacts = (i: number): void => {
    const w = wordStats(lines[i]!.text, classes[i]!, titleWords);
    bases[i]!.stopShare = w.stopShare;
    const f = rows[i]!.features;
    f[CAP_SHARE] = w.capShare;
    f[TITLE_LIKENESS] = w.titleLikeness;
  };
  const complete = (i: number): void => {
    const f = rows[i]!.features;
    if (!Number.isNaN(f[STOP_SHARE]!)) return;
    f[STOP_SHARE] = stopShare(i);
    if (Number.isNaN(f[CAP_SHARE]!)) wordFacts(i);
    if (i > 0) f[PREV_STOP_SHARE] = stopShare(i - 1);
    if (i + 1 < n) f[NEXT_STOP_SHARE] = stopShare(i + 1);
  };
  if (!lazy) for (let i = 0; i < n; i++) complete(i);
  return { rows, complete };
}

interface WordStats {
  stopShare: number;
  capShare: number;
  titleLikeness: number;
}

/** The features read word by word: stopwords, capital initials, words shared with the title. */
function wordStats(text: string, cls: CharClasses, titleWords: ReadonlySet<string>): WordStats {
  const words = text.match(cls.word) ?? [];
  const wc = words.length;
  // A Latin line's title words are its own words lower-cased: gathered here, not matched again.
  const ownWords = cls.latin && titleWords.size > 0;
  if (ownWords) lineWords.clear();
  let inTitle = false;
  let stops = 0;
  let caps = 0;
  for (let k = 0; k < wc; k++) {
    const w = words[k]!;
    // Lower-casing never shortens a word: one longer than every stopword is none, nor lower-cased for it.
    if (ownWords || w.length <= MAX_STOP_WORD) {
      const lower = w.toLowerCase();
      if (lower.length <= MAX_STOP_WORD && STOP_WORDS.has(lower)) stops++;
      if (ownWords) {
        lineWords.add(lower);
        if (titleWords.has(lower)) inTitle = true;
      }
    }
    // An ASCII initial is a capital when it is A-Z; only others are asked of toLowerCase (a string each).
    const c = w.charCodeAt(0);
    if (c < 128 ? c >= 65 && c <= 90 : w[0] !== w[0]!.toLowerCase()) caps++;
  }
  // No word in the title: nothing shared, 0 as jaccard says.
  const titleLikeness = !titleWords.size ? 0 : ownWords ? (inTitle ? jaccard(lineWords, titleWords) : 0) : jaccard(wordSet(text), titleWords);
  return { stopShare: wc ? stops / wc : 0, capShare: wc ? caps / wc : 0, titleLikeness };
}

/**
 * For each line, the length of the run of consecutive lines meeting `test`
 * that holds it; for a line that does not meet it, the run that starts right
 * after it (a heading over a list of links), else 0. Linear in the lines.
 */
function runLengths(bases: readonly Base[], test: (b: Base) => boolean): number[] {
  const n = bases.length;
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n;) {
    if (!test(bases[i]!)) { i++; continue; }
    let j = i;
    while (j < n && test(bases[j]!)) j++;
    for (let k = i; k < j; k++) out[k] = j - i;
    if (i > 0) out[i - 1] = j - i;
    i = j;
  }
  return out;
}

interface Ancestry {
  tag: string;
  heading: boolean;
  inList: boolean;
  inBlockquote: boolean;
  inChrome: boolean;
  exempt: boolean;
  groups: number[];
}

/** What an element and its ancestors up to the article root say; `tag` unset (the line's block gives it). */
type Chain = Omit<Ancestry, 'tag'>;
const NO_CHAIN: Chain = { heading: false, inList: false, inBlockquote: false, inChrome: false, exempt: false, groups: CLASS_GROUPS.map(() => 0) };

/**
 * What the line's block and its ancestors up to the article root say. The
 * lines of a page share most of their ancestors, so each element's chain is
 * worked out once per page (`memo`), from its parent's: the per-line walk to
 * the root, reading every ancestor's class words again, was a fifth of the
 * features' cost.
 */
function ancestry(block: Element, root: Element, memo: Map<Element, Chain>): Ancestry {
  return { tag: block.tagName, ...chainOf(block, root, memo) };
}

function chainOf(el: Element, root: Element, memo: Map<Element, Chain>): Chain {
  // Up to the first element already known (or the root), then down again: no recursion on a deep page.
  const todo: Element[] = [];
  let known: Chain = NO_CHAIN;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const hit = memo.get(e);
    if (hit) { known = hit; break; }
    todo.push(e);
  }
  for (let i = todo.length - 1; i >= 0; i--) {
    const e = todo[i]!;
    const c: Chain = { ...known, groups: known.groups.slice() };
    const t = e.tagName;
    if (HEADING.test(t)) c.heading = true;
    else if (t === 'LI' || t === 'UL' || t === 'OL') c.inList = true;
    else if (t === 'BLOCKQUOTE') c.inBlockquote = true;
    else if (CHROME.has(t)) c.inChrome = true;
    if (EXEMPT.has(t)) c.exempt = true;
    const words = attrWords(e);
    for (let k = 0; k < words.length; k++) {
      const g = GROUP_OF.get(words[k]!);
      if (g !== undefined) c.groups[g] = 1;
    }
    memo.set(e, c);
    known = c;
  }
  return known;
}

/**
 * The line holds the byline, and little else. `atLeast` is what the line's
 * headline key is known to be no shorter than without building it (a Latin
 * line's letters and digits, else 0): most lines are too long to be a byline,
 * and the key (a Unicode normalisation) was a tenth of the scorer's time.
 */
function bylineLike(text: string, atLeast: number, bylineKey: string): number {
  if (!bylineKey || atLeast >= bylineKey.length + 40) return 0;
  const key = headlineKey(text);
  return key && key.includes(bylineKey) && key.length < bylineKey.length + 40 ? 1 : 0;
}

/** One line's lower-cased words, reused from line to line (a Set per line is garbage the page's heap collects). */
const lineWords = new Set<string>();

function wordSet(s: string): Set<string> {
  return new Set((s.toLowerCase().match(WORD) ?? []));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}
