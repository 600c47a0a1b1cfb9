/** What counts as a block, and the article's words, for the plain-text view. */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'CAPTION',
]);
/**
 * Control characters other than tab and newline never belong in reader text,
 * nor soft hyphens: they are hyphenation hints for the page's layout, and in
 * plain text they split words for search and copying ("réac\u00adtion",
 * soundofscience.fr). The HTML keeps them.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD]/g;

export function isBlock(el: Element): boolean {
  return isBlockTag(el.tagName);
}

/** isBlock for an element whose tagName is already read (each read is a call into the DOM). */
export function isBlockTag(tagName: string): boolean {
  return BLOCK.has(tagName.toUpperCase());
}

/**
 * A white-space run that is not already one plain space: replacing only these
 * gives what /\s+/g → ' ' gives, and a line already in shape comes back as
 * the same string instead of a copy (collapse runs on every line, many times).
 */
const UNTIDY_SPACE = /\s\s+|[^\S ]/g;

export function collapse(s: string): string {
  return s.replace(CONTROL, '').replace(UNTIDY_SPACE, ' ').trim();
}

/** Words for reading time: space-separated words, plus CJK characters at two per word. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const spaced = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').split(/\s+/).filter(Boolean).length;
  return spaced + Math.ceil(cjk / 2);
}

/**
 * A headline compared with a page title by its letters and digits only: the
 * h1 "Die Zukunft der Arbeit<br>„Wir dekorieren …“" and the title "Die Zukunft
 * der Arbeit - "Wir dekorieren …"" (deutschlandfunk.de) are the same words.
 */
export function headlineKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `el` has a block child: a leaf block holds only text and inline elements. */
export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c)) return true;
  return false;
}

/** The nearest element holding both `a` and `b`. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * Never read as text: an inline ad script's code is not prose (diaadia.com.pa
 * puts one inside the body field), and in a browser with scripting on a
 * <noscript>'s content is its raw markup as one text node ('<img src=…>').
 */
const CODE = 'script, style, noscript, template';

export function hasCode(el: Element): boolean {
  return el.querySelector(CODE) !== null;
}

/** The element's text without what CODE holds. */
export function readableText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!t.parentElement?.closest(CODE)) text += t.nodeValue;
  return text;
}
