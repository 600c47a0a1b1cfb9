import { matchPhrase } from './lexicon/compiled.js';
import type { Span } from './marks.js';
import { wordsIn, type Analysis } from './analysis.js';
import { isCapitalized, tokenIndex, tokensIn } from './tokens.js';

/** Fewer words than this is a scare quote or a term ("colonial undertones"), never a quote. */
const MIN_WORDS = 3;
/** A phrase this short needs an attribution or a sign of speech to count. */
const SHORT = 6;

/** First and second person: someone is speaking ("we", "ich", "nous", "nosotros"). */
const PERSONAL = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'we', "we're", "we've", 'our', 'us', 'you',
  "you're", 'your', 'ich', 'mich', 'mir', 'mein', 'meine', 'wir', 'uns', 'unser', 'unsere', 'du', 'je', "j'", 'moi',
  'mon', 'ma', 'mes', 'nous', 'notre', 'nos', 'vous', 'votre', 'yo', 'mi', 'mis', 'nosotros', 'nuestro',
  'nuestra', 'usted', 'tenemos', 'somos', 'estamos', 'hemos']);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Program code and markup: string literals in an R how-to, CSS selectors. */
const CODE = /[{}=<>_|\\]|\w\(|^[\w.-]+$/;

/**
 * Is this quoted text speech? Short phrases must be attributed or sound like
 * someone talking; titles (Title Case), names and terms (“so-called …”) and
 * code are not.
 */
export function acceptQuote(a: Analysis, spans: readonly Span[], attributed: boolean): boolean {
  const first = spans[0]!;
  // 「…」: no spaces between words; two CJK characters count as a word (as in text.ts).
  if (first.family === 'cjk') return (a.text.slice(first.start, first.end).match(CJK)?.length ?? 0) >= 2 * MIN_WORDS;
  const words = spans.reduce((n, s) => n + wordsIn(a, s.start, s.end), 0);
  if (words < MIN_WORDS) return false;
  const body = a.text.slice(first.start, first.end);
  if (CODE.test(body)) return false;
  const toks = tokensIn(a.toks, first.start, first.end).filter((t) => t.word);
  const short = words <= SHORT && spans.length === 1;
  const title = titleCase(toks.map((t) => t.t), a.lang);
  // "a booklet titled “The Wit and Wisdom of Michael Bloomberg.”", "the name of “bounded evidence accumulation.”"
  if (spans.length === 1 && words <= 2 * SHORT && (short || title) && named(a, first.open)) return false;
  if (short && title) return false;
  if (attributed) return true;
  // A quote standing alone as a paragraph: a heading or a pull quote ('It's a girl').
  const para = a.paras[first.para]!;
  if (spans.length === 1 && first.open === para.start && first.close === para.end) return true;
  if (/[.!?…,;:]$/.test(body) || words > SHORT * 2) return true;
  // Introduced by a colon: "cette information essentielle : « Emmanuel Macron se dit … »".
  const before = a.toks[tokenIndex(a.toks, first.open) - 1];
  if (before?.t === ':') return true;
  return toks.some((t) => PERSONAL.has(t.lo));
}

/**
 * A naming word within the three words before the mark: so-called “…”, the
 * slogan “…”; also before a quoted name just before: the nickname “mkono wa
 * damu,” or “the man with the bloody hand”.
 */
function named(a: Analysis, open: number): boolean {
  let at = open;
  for (let hop = 0; hop < 2; hop++) {
    const i = tokenIndex(a.toks, at);
    for (let k = Math.max(0, i - 3); k < i; k++) if (matchPhrase(a.toks, k, a.c.naming)) return true;
    const prev = a.spans.findLast((s) => s.close <= at && at - s.close < 8);
    if (!prev) return false;
    at = prev.open;
  }
  return false;
}

/** Most words capitalized: the title of a book, a film, a programme. German capitalizes nouns, so there all must be. */
function titleCase(words: readonly string[], lang: string): boolean {
  const caps = words.filter(isCapitalized).length;
  return lang === 'de' ? caps === words.length : caps >= Math.max(2, words.length * 0.6);
}
