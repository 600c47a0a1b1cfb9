import type { Paragraph } from './sentences.js';

/**
 * Quote marks and how they pair, for every convention the issue names:
 * “…” (English), „…“ (German), «…» (French, Swiss, Spanish), »…« (German
 * books), ‚…‘ and ‘…’ (single), "…" (straight), 「…」 (CJK). Sites mix them up:
 * ”…” and “…“ (publimetro.cl, politico.com) pair like “…”.
 */
interface Opener {
  /** Family: quotes of one family nest only as separate levels. */
  family: 'double' | 'single' | 'guillemet' | 'angle' | 'cjk';
  closers: string;
}

const OPENERS: Readonly<Record<string, Opener>> = {
  '“': { family: 'double', closers: '”"“' },
  '"': { family: 'double', closers: '"”“' },
  '„': { family: 'double', closers: '“”"' },
  '”': { family: 'double', closers: '”"“' },
  '«': { family: 'guillemet', closers: '»' },
  '»': { family: 'guillemet', closers: '«' },
  '‹': { family: 'angle', closers: '›' },
  '›': { family: 'angle', closers: '‹' },
  '‘': { family: 'single', closers: '’‘' },
  '‚': { family: 'single', closers: '‘’' },
  "'": { family: 'single', closers: "'’" },
  '「': { family: 'cjk', closers: '」' },
  '『': { family: 'cjk', closers: '』' },
};

/** Any character that can open or close a quote. */
export const QUOTE_CHARS = '“”"„«»‹›‘’‚\'「」『』';
/** The same as a lookup by character code: the scan tests every character of the article. */
const IS_QUOTE = new Uint8Array(65536);
for (const ch of QUOTE_CHARS) IS_QUOTE[ch.charCodeAt(0)] = 1;
const CLOSING_ONLY = '’」』';

/** A quoted span in the article text: offsets of the marks and of the words between them. */
export interface Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (the paragraph end when unclosed). */
  close: number;
  /** The words inside, trimmed of spaces (French « … » has them). */
  start: number;
  end: number;
  para: number;
  family: Opener['family'];
  /** No closing mark before the paragraph ended. */
  unclosed: boolean;
}

const SPACE = /[\s\u00a0\u202f]/;
/** What may stand right before an opening mark or right after a closing one: „…“) closes before a parenthesis. */
const OUTER = /[\s\u00a0\u202f([{)\]}\-–—/:;,.!?…]/;

function leftFlanking(text: string, i: number, ps: number, pe: number): boolean {
  const prev = i > ps ? text[i - 1]! : ' ';
  const next = i + 1 < pe ? text[i + 1]! : ' ';
  return !SPACE.test(next) && (OUTER.test(prev) || QUOTE_CHARS.includes(prev));
}

function rightFlanking(text: string, i: number, ps: number, pe: number): boolean {
  const prev = i > ps ? text[i - 1]! : ' ';
  const next = i + 1 < pe ? text[i + 1]! : ' ';
  return !SPACE.test(prev) && (OUTER.test(next) || QUOTE_CHARS.includes(next));
}

interface Open {
  at: number;
  mark: string;
  opener: Opener;
}

/** True when `c` at `i` may close the level `o`. */
function closes(o: Open, c: string, text: string, i: number, ps: number, pe: number): boolean {
  if (!o.opener.closers.includes(c)) return false;
  // Guillemets and CJK brackets are never apostrophes or inch marks: no flanking test.
  if (o.opener.family === 'guillemet' || o.opener.family === 'cjk' || o.opener.family === 'angle') return true;
  return rightFlanking(text, i, ps, pe);
}

function opens(c: string, text: string, i: number, ps: number, pe: number): Opener | null {
  const o = OPENERS[c];
  if (!o || CLOSING_ONLY.includes(c)) return null;
  if (o.family === 'cjk') return o;
  // « opens even with the French space after it; » only opens German-style »…« when flanking.
  if (c === '«' || c === '‹') return o;
  if (!leftFlanking(text, i, ps, pe)) return null;
  // A straight apostrophe opens only before a letter: never '90s, never 5'11".
  if (c === "'" && !/\p{L}/u.test(text[i + 1] ?? '')) return null;
  return o;
}

const trimStart = (text: string, s: number, e: number) => {
  while (s < e && SPACE.test(text[s]!)) s++;
  return s;
};
const trimEnd = (text: string, s: number, e: number) => {
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return e;
};

/**
 * Straight double quotes pair in order when a paragraph has an even number of
 * them and no curly double quotes: spacing then does not matter (newsday.co.tt
 * writes `He added, " A devaluation…"`, gala.fr `"gourou de la majorité"par`).
 */
function straightPairs(text: string, ps: number, pe: number): boolean {
  let n = 0;
  for (let i = text.indexOf('"', ps); i >= 0 && i < pe; i = text.indexOf('"', i + 1)) n++;
  if (!n || n % 2) return false;
  const para = text.slice(ps, pe);
  return !para.includes('“') && !para.includes('”') && !para.includes('„');
}

/**
 * Top-level quoted spans of every paragraph. Quotes inside quotes belong to
 * the outer span. A mark that cannot pair is ignored; a quote still open at
 * the end of its paragraph is returned with `unclosed` (an English quote that
 * runs over several paragraphs opens each one and closes only the last).
 */
export function scanSpans(text: string, paras: readonly Paragraph[]): Span[] {
  const out: Span[] = [];
  for (let p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p]!;
    const stack: Open[] = [];
    const toggle = straightPairs(text, ps, pe);
    for (let i = ps; i < pe; i++) {
      if (!IS_QUOTE[text.charCodeAt(i)]) continue;
      const c = text[i]!;
      if (c === '"' && toggle) {
        const k = stack.findIndex((o) => o.mark === '"');
        if (k < 0) {
          stack.push({ at: i, mark: c, opener: OPENERS['"']! });
          continue;
        }
        const o = stack[k]!;
        stack.length = k;
        if (k === 0) {
          const s = trimStart(text, o.at + 1, i);
          const e = trimEnd(text, s, i);
          if (e > s) out.push({ open: o.at, close: i + 1, start: s, end: e, para: p, family: 'double', unclosed: false });
        }
        continue;
      }
      // Close the innermost level this mark can close (an unclosed inner single quote is dropped).
      let closed = false;
      for (let k = stack.length - 1; k >= 0; k--) {
        const o = stack[k]!;
        if (!closes(o, c, text, i, ps, pe)) continue;
        // A mark that could also open (straight ", “) closes an outer level only when it cannot open.
        if (k < stack.length - 1 && opens(c, text, i, ps, pe)) break;
        stack.length = k;
        if (k === 0) {
          const s = trimStart(text, o.at + 1, i);
          const e = trimEnd(text, s, i);
          if (e > s) out.push({ open: o.at, close: i + 1, start: s, end: e, para: p, family: o.opener.family, unclosed: false });
        }
        closed = true;
        break;
      }
      if (closed) continue;
      const opener = opens(c, text, i, ps, pe);
      if (opener) stack.push({ at: i, mark: c, opener });
    }
    if (stack.length) {
      const o = stack[0]!;
      const s = trimStart(text, o.at + 1, pe);
      const e = trimEnd(text, s, pe);
      if (e > s) out.push({ open: o.at, close: pe, start: s, end: e, para: p, family: o.opener.family, unclosed: true });
    }
  }
  return out;
}
