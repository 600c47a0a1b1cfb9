import { isClutter } from '../clean/containers.js';
import { creditTailStart } from '../clean/more-lines.js';
import { collapse, hasBlockChild, hasCode, headlineKey, isBlock, readableText } from '../text.js';

/**
 * The standfirst that news sites print between the headline and the body
 * ("Sierra Leone hat schwere Bürgerkriegszeiten hinter sich…"). Readability
 * often picks the body alone and drops it, though it is the story's first
 * sentence. It is found in the original page: prose blocks after the <h1>
 * and before the article's first paragraph, outside figures, navigation and
 * asides. Returns their texts, in order.
 */
const MIN_LEDE = 60;
const MAX_LEDE = 600;
const SENTENCE_END = /[.!?…:"“”»«)]$/;
const OUTSIDE = 'figure, figcaption, nav, aside, header nav, footer, form, button, time, address, ul, ol, table, [role="navigation"]';

/**
 * Some standfirsts end without a full stop ("… der noch in der Wahlnacht
 * seinen Rücktritt ankündigte", kas.de); a line this long, in words, is a
 * sentence all the same. Navigation and labels are never that long.
 */
const LONG_LEDE = 120;
const LONG_LEDE_WORDS = 15;

/**
 * A subheading printed right under the headline is its dek ("In den
 * Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp…",
 * neues-deutschland.de), whatever its punctuation; MIN_LEDE keeps out a
 * first section heading, which is short.
 */
const HEADING = /^H[2-6]$/;

function isLongSentence(text: string): boolean {
  return text.length >= LONG_LEDE && text.split(' ').length >= LONG_LEDE_WORDS;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += (a.textContent ?? '').replace(/\s/g, '').length;
  return n;
}

/** The node starts the article's first line, or the first line starts the node (a caption whose credit was cut). */
function reachesBody(text: string, firstText: string): boolean {
  return firstText.startsWith(text.slice(0, 80)) || (firstText.length >= 15 && text.startsWith(firstText.slice(0, 80)));
}

/** How many headings are tried, from the last, when none matches the page's title. */
const MAX_HEADINGS = 5;

export function findLede(doc: Document, title: string, firstText: string, articleText: string): string[] {
  const body = doc.body;
  if (!body || !firstText) return [];
  const titleKey = headlineKey(title);
  const headings = Array.from(body.querySelectorAll('h1'));
  const named = titleKey ? headings.find((h) => {
    const t = headlineKey(h.textContent ?? '');
    return t.length > 0 && (titleKey.includes(t) || t.includes(titleKey));
  }) : undefined;
  // No heading says the title (the <title> is worded differently, bmbf.de, vergleich.de):
  // the story's headline is the last <h1> before the body.
  for (const h1 of named ? [named] : headings.reverse().slice(0, MAX_HEADINGS)) {
    const found = standfirstAfter(h1, titleKey || headlineKey(h1.textContent ?? ''), firstText, articleText);
    if (found) return found;
  }
  return [];
}

/**
 * Inside a box a container rule takes out (a slide-in donation appeal, drk.de).
 * Only boxes below the headline's own container count: zfk.de's article header,
 * headline and standfirst together, is `has-sharing`.
 */
function inClutter(n: Element, h1: Element): boolean {
  for (let a: Element | null = n; a && !a.contains(h1); a = a.parentElement) if (isClutter(a)) return true;
  return false;
}

/** The standfirst between `h1` and the body, or null when the body does not follow `h1`. */
function standfirstAfter(h1: Element, titleKey: string, firstText: string, articleText: string): string[] | null {
  const doc = h1.ownerDocument;
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = h1;
  let steps = 0;
  let first = true;
  for (let n = walker.nextNode() as Element | null; n && steps < 400; n = walker.nextNode() as Element | null, steps++) {
    // Leaf blocks only: reading every container's whole text would cost quadratic time.
    if (h1.contains(n) || !isBlock(n) || hasBlockChild(n)) continue;
    let text = collapse(n.textContent ?? '');
    // Only a leaf with markup-like text is checked for code: a selector per element costs too much in jsdom.
    if (text.includes('<') && hasCode(n)) text = collapse(readableText(n));
    const key = headlineKey(text);
    // A repeat of the headline (a kicker, a breadcrumb) is not where the body starts.
    if (text && !(key && titleKey.includes(key)) && reachesBody(text, firstText)) {
      // The body Readability kept starts here. Only what stands between the headline and
      // the body; more than two blocks is not a standfirst.
      return out.length <= 2 ? out : [];
    }
    const dek = first && HEADING.test(n.tagName);
    if (text) first = false;
    if (text.length < MIN_LEDE || text.length > MAX_LEDE || !(SENTENCE_END.test(text) || isLongSentence(text) || dek)) continue;
    if (n.closest(OUTSIDE) || linkChars(n) > text.replace(/\s/g, '').length * 0.3) continue;
    if (articleText.includes(text)) continue;
    // A line ending in a photo credit is a caption, not a standfirst (golfpost.de).
    if (creditTailStart(text) >= 0 || inClutter(n, h1)) continue;
    out.push(text);
  }
  return null;
}
