import { analyse, indexAt, type Analysis } from './analysis.js';
import { acceptQuote } from './filter.js';
import { group, pieces } from './group.js';
import { articleLang } from './lang.js';
import { nameAt, type Speaker } from './names.js';
import { contextSpeaker, reporters, resolveSpeaker } from './speakers.js';
import { tokensIn } from './tokens.js';

/** A direct quote: its words as spans of the article text, and who said them. */
export interface Quote {
  /** The first span's words, verbatim (without the marks). */
  text: string;
  /** Later spans of a quote split by its attribution (“A,” she said, “B.”). */
  continues: string[];
  /** Offsets of every span's words in the text. */
  parts: { start: number; end: number }[];
  /** Offsets from the first opening mark to the last closing mark. */
  open: number;
  close: number;
  speaker?: string;
  /** How the speaker was named in the text. */
  speakerKind?: Speaker['kind'];
  /** Paragraphs of the first and the last part. */
  para: number;
  lastPara: number;
}

/** Verbs of asking, after which comes whom the question is put to: "asked Montoya-Lewis". */
const ASK = new Set(['asked', 'asks', 'fragte', 'fragt', 'demande', 'demandé', 'preguntó', 'pregunta']);

/** Whom the question opening at `open` was asked of, from its sentence: "…, a reporter asked Montoya-Lewis, “…?”". */
function askedOf(a: Analysis, open: number): string | undefined {
  const s = a.sentences[indexAt(a.sentences, open)];
  const toks = s ? tokensIn(a.toks, s.start, open) : [];
  const k = toks.findIndex((t) => ASK.has(t.lo));
  const name = k >= 0 ? nameAt(a.text, toks, k + 1, a.c) : null;
  return name ? a.people.fullName(name.speaker.text) : undefined;
}

/** Verbs of answering, in the four languages: the speaker is not who asked the question before. */
const ANSWER = /\b(replie[sd]|responded|responds|answer(ed|s)|antwortet|antwortete|répond|répondu|respondió|responde|contestó)\b/iu;

/**
 * Direct quotes of `text` with their speakers, in reading order: every quote
 * the detector accepts, not only those picked as highlights. `lang` is a BCP
 * 47 tag ('' to guess from the text).
 */
export function findQuotes(text: string, lang: string): Quote[] {
  return quotesOf(analyse(text, articleLang(lang, text)));
}

export function quotesOf(a: Analysis): Quote[] {
  const all = pieces(a);
  // A name that speaks anywhere is a person ("Meghan said"), a candidate for "she said" everywhere.
  for (const p of all) {
    for (const att of [p.after, p.before]) if (att?.speaker.kind === 'name') a.people.isPerson(att.speaker.text);
  }
  a.people.reported(() => reporters(a));
  const out: Quote[] = [];
  for (const g of group(a, all)) {
    const spans = g.pieces.map((p) => p.span);
    const first = spans[0]!;
    const last = spans[spans.length - 1]!;
    const attribution = g.attribution ?? g.pieces[g.pieces.length - 1]!.after;
    if (!acceptQuote(a, spans, !!attribution)) continue;
    const parts = spans.map((s) => ({ start: s.start, end: s.end }));
    const q: Quote = {
      text: a.text.slice(first.start, first.end),
      continues: parts.slice(1).map((p) => a.text.slice(p.start, p.end)),
      parts,
      open: first.open,
      close: last.unclosed ? last.end : last.close,
      para: first.para,
      lastPara: last.para,
    };
    const prev = out[out.length - 1];
    const sp = attribution?.speaker ?? contextSpeaker(a, first, prev && { para: prev.lastPara, speaker: prev.speaker });
    // After a question, "she replied" is whom it was asked of ("a reporter asked Montoya-Lewis, “…?”"),
    // and never who asked it.
    const answers = prev && attribution && ANSWER.test(a.text.slice(attribution.start, attribution.end))
      && /\?\W*$/.test(a.text.slice(prev.parts[0]!.start, prev.parts[prev.parts.length - 1]!.end));
    const addressee = answers && sp && typeof sp !== 'string' && sp.kind === 'pron' ? askedOf(a, prev.open) : undefined;
    const speaker = addressee ?? (typeof sp === 'string' ? sp : sp && resolveSpeaker(a, sp, answers ? prev.speaker : undefined));
    if (speaker) {
      q.speaker = speaker;
      q.speakerKind = typeof sp === 'string' ? 'name' : sp!.kind;
      a.people.spoke(speaker, first.open, typeof sp === 'string' ? '' : sp!.gender);
    }
    out.push(q);
  }
  return dropRepeats(a, out);
}

const normal = (q: Quote) => [q.text, ...q.continues].join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A quote printed twice is one quote: a pull quote or a heading that repeats
 * (or shortens) a quote of the body goes, and of two equal copies the one
 * with a speaker stays, else the first.
 */
function dropRepeats(a: Analysis, quotes: Quote[]): Quote[] {
  const keys = quotes.map(normal);
  // Of equal copies, the one with a speaker, else the first.
  const best = new Map<string, number>();
  keys.forEach((k, i) => {
    const j = best.get(k);
    if (j === undefined || (!quotes[j]!.speaker && quotes[i]!.speaker)) best.set(k, i);
  });
  const alone = (q: Quote) => q.parts.length === 1 && q.open === a.paras[q.para]!.start && q.close === a.paras[q.para]!.end;
  // Everything the body quotes, for a long pull quote that joins two of them.
  const body = new Set(keys.filter((_, j) => !alone(quotes[j]!)).join(' ').split(' '));
  return quotes.filter((q, i) => {
    if (best.get(keys[i]!) !== i) return false;
    if (!alone(q)) return true;
    // A heading that shortens a quote of the body: "Haré todo lo necesario". Headings are few,
    // so comparing each with every quote stays cheap.
    if (quotes.some((o, j) => j !== i && !alone(o) && keys[j] !== keys[i] && coveredBy(keys[i]!, keys[j]!))) return false;
    const words = keys[i]!.split(' ');
    return words.length < 8 || words.filter((w) => body.has(w)).length < 0.9 * words.length;
  });
}

/** Nearly all words of `short` are in `long`. */
function coveredBy(short: string, long: string): boolean {
  const words = short.split(' ');
  const bag = new Set(long.split(' '));
  return words.filter((w) => bag.has(w)).length >= 0.8 * words.length;
}
