/**
 * Words and punctuation with their offsets, for the attribution parsers. A
 * word keeps inner apostrophes, hyphens and dots ("don't", "a-t-il",
 * "Montoya-Lewis", "U.S"), never a final dot: "Smith." at a sentence end is
 * the name "Smith", and names.ts decides when a dot belongs to an initial.
 */
export interface Token {
  /** The token as written. */
  t: string;
  /** Lowercased, typographic apostrophes made straight ("d’après" → "d'après"). */
  lo: string;
  start: number;
  end: number;
  word: boolean;
}

/** French elision: "d'Edouard" is "d'" + "Edouard", so the name stands alone (also l', qu', s', n'…). */
const ELISION = /^((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’])(?=\p{L})/iu;

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const wordChars = new Map<number, boolean>();

/** A letter, mark or digit. ASCII is decided by range; other characters once each, then cached. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let v = wordChars.get(code);
  if (v === undefined) {
    v = LETTER.test(String.fromCharCode(code));
    wordChars.set(code, v);
  }
  return v;
}

/** What /\s/ matches, by code. */
export const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680
  || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
/** Characters that join two runs of letters into one word: don't, a-t-il, Montoya-Lewis, U.S. */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 46;

/**
 * Tokens of `text.slice(from, to)`, offsets into `text`; `elide` splits French
 * elided articles. A hand-written scanner: a Unicode regular expression over
 * the whole article costs several times more.
 */
export function tokenize(text: string, from = 0, to = text.length, elide = false): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (!isWordChar(code)) {
      out.push({ t: text[i]!, lo: text[i]!, start: i, end: i + 1, word: false });
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < to && isWordChar(text.charCodeAt(j))) j++;
      if (j + 1 < to && isJoiner(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    const t = text.slice(i, j);
    const el = elide ? ELISION.exec(t) : null;
    if (el) {
      const n = el[1]!.length;
      out.push({ t: t.slice(0, n), lo: lower(t.slice(0, n)), start: i, end: i + n, word: true });
      out.push({ t: t.slice(n), lo: lower(t.slice(n)), start: i + n, end: j, word: true });
    } else {
      out.push({ t, lo: lower(t), start: i, end: j, word: true });
    }
    i = j;
  }
  return out;
}

/** Starts with an uppercase letter (ASCII by range, the rest by Unicode property). */
export const isCapitalized = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};

/** Running count of word tokens: `counts[i]` words lie before token i. */
export function wordCounts(toks: readonly Token[]): Int32Array {
  const counts = new Int32Array(toks.length + 1);
  for (let i = 0; i < toks.length; i++) counts[i + 1] = counts[i]! + (toks[i]!.word ? 1 : 0);
  return counts;
}

/** Lowercase with straight apostrophes, as lexicon entries are written. */
export const lower = (t: string): string => (t.includes('’') ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase());

/** Index of the first token starting at or after `offset` (binary search; tokens are in order). */
export function tokenIndex(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying wholly within [from, to). */
export function tokensIn(toks: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndex(toks, from); i < toks.length && toks[i]!.end <= to; i++) out.push(toks[i]!);
  return out;
}
