import { INVERTED, isBetween, QUOTE, SENTENCE_END } from './clause.js';
import { matchPhrase, type Compiled } from './lexicon/compiled.js';
import { nameEndingAt, type Found, type Speaker } from './names.js';
import { speakerAt, speakerWithRole } from './speaker-phrase.js';
import { isCapitalized, type Token } from './tokens.js';

export { attributionBefore, mainSubject, subjectBefore } from './subjects.js';

/** An attribution clause found next to a quote: who, and where the clause lies in the text. */
export interface Attribution {
  speaker: Speaker;
  /** Offset of the clause's first word. */
  start: number;
  /** Offset just after the clause (and an apposition to its speaker). */
  end: number;
}

const LEADING = new Set([',', ';', ':', '—', '–', '-']);

/**
 * A speaker's apposition or relative clause after the attribution belongs to
 * it: `said Jim Rich, a former editor of the New York Daily News.`, `said Paul
 * Begala, who was an advisor`. Returns the token index after it.
 */
const RELATIVE = ['who', 'which', 'whose', 'der', 'die', 'qui', 'quien', 'que'];

function apposition(toks: readonly Token[], j: number, c: Compiled): number {
  // An apposition, then perhaps a relative clause: ", a neonatologist at Al-Shifa Hospital, who is now serving…".
  for (let round = 0; round < 2; round++) {
    if (toks[j]?.t !== ',' || !toks[j + 1]?.word) return j;
    const w = toks[j + 1]!.lo;
    // A role with no article also stands in apposition: ", coordinator for the Redonda Restoration
    // Programme," — but not ", adding that …".
    const role = round === 0 && !isCapitalized(toks[j + 1]!.t) && !c.stop.has(w) && !c.participles.has(w)
      && !/ing$/.test(w) && !matchPhrase(toks, j + 1, c.report);
    if (!c.determiners.has(w) && !RELATIVE.includes(w) && !role) return j;
    let k = j + 1;
    while (toks[k] && !SENTENCE_END.has(toks[k]!.t) && toks[k]!.t !== ',' && !QUOTE.test(toks[k]!.t) && k - j < 30) k++;
    if (toks[k]?.t === ',' && !RELATIVE.includes(toks[k + 1]?.lo ?? '') && round === 0) return k;
    j = k;
  }
  return j;
}

/**
 * The attribution right after a closing quote mark: `," she said`, `," said
 * Smith`, `“…”, so Stenger`, `« … », a-t-il déclaré`, `“…”, afirmó.`. `toks`
 * are the tokens after the mark, up to the end of the paragraph; `ending` is
 * the last character inside the marks. After a quote that ends its sentence, a
 * capitalized word starts the next sentence ("…for her." He said that…) and
 * is an attribution only as "Name said." on its own.
 */
export function attributionAfter(text: string, toks: readonly Token[], c: Compiled, ending = ','): Attribution | null {
  let i = 0;
  while (toks[i] && !toks[i]!.word && LEADING.has(toks[i]!.t)) i++;
  const first = toks[i];
  if (!first?.word) return null;
  const att = clauseAt(text, toks, i, c);
  if (!att) return null;
  if (i === 0 && ending !== ',' && isCapitalized(first.t) && c.lang !== 'de') {
    // After "…for her." a capitalized pronoun starts a sentence of its own, and "Manning said:",
    // "Manning said that" or « … ? » Laura Frémy analyse « … » introduce what follows.
    if (att.speaker.kind === 'pron') return null;
    const next = toks[att.next];
    if (next && (next.t === ':' || c.that.has(next.lo) || QUOTE.test(next.t))) return null;
    if (next?.t === ',' && toks[att.next + 1] && QUOTE.test(toks[att.next + 1]!.t)) return null;
  }
  const end = apposition(toks, att.next, c);
  return { speaker: att.speaker, start: first.start, end: toks[end - 1]!.end };
}

/** An attribution clause starting at toks[i], in any of the orders the languages use. */
function clauseAt(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  const first = toks[i]!;
  // "according to X", "so X", "selon X", "según X".
  const src = matchPhrase(toks, i, c.source);
  if (src) {
    const f = speakerAt(text, toks, i + src, c);
    if (f && f.speaker.kind !== 'implied') return f;
  }
  const inv = INVERTED.exec(first.lo);
  if (inv && c.lang === 'fr') {
    const next = toks[i + 1]?.word && /é(e|s|es)?$/.test(toks[i + 1]!.lo) ? i + 2 : i + 1;
    return { speaker: { kind: 'pron', text: inv[1]!, at: first.start, gender: c.pronouns.get(inv[1]!) ?? '' }, next };
  }
  // The agent of a passive: « gourou de la majorité » par un dirigeant de LREM.
  if (c.agents.has(first.lo)) {
    const f = speakerAt(text, toks, i + 1, c);
    const head = f?.speaker.kind === 'desc' ? toks[i + 2]?.lo ?? '' : '';
    if (f && (f.speaker.kind === 'name' || c.titles.has(head))) return f;
  }
  // Verb first: "said Smith", "sagte er", "explique Antony Fastier", "afirmó la ministra",
  // "a déclaré à cette occasion le ministre de la Santé".
  const verb = matchPhrase(toks, i, c.speech);
  if (verb) {
    const f = speakerWithRole(text, toks, i + verb, c) ?? afterPhrase(text, toks, i + verb, c);
    if (f) return f;
    const after = toks[i + verb];
    // Spanish and French drop or delay the subject: “…”, afirmó. / « … », explique le ministre.
    if (c.lang !== 'en' && (!after || !after.word)) {
      return { speaker: { kind: 'implied', text: '', at: first.start, gender: '' }, next: i + verb };
    }
    return null;
  }
  // Speaker first: "she said", "Meghan added", "the company said", "Levy, the acting attorney, said".
  const f = speakerWithRole(text, toks, i, c);
  if (!f) return longTitle(text, toks, i, c);
  let j = f.next;
  if (toks[j]?.t === ',' && f.speaker.kind !== 'pron') {
    let k = j + 1;
    while (toks[k] && toks[k]!.t !== ',' && k - j < 20 && !QUOTE.test(toks[k]!.t) && !SENTENCE_END.has(toks[k]!.t)) k++;
    if (toks[k]?.t === ',') j = k + 1;
  }
  while (toks[j] && isBetween(toks[j]!, c) && !matchPhrase(toks, j, c.speech)) j++;
  const v = matchPhrase(toks, j, c.speech);
  return v ? { speaker: f.speaker, next: j + v } : longTitle(text, toks, i, c);
}

/** A name or description after a short phrase that follows the verb: "à cette occasion", "on Tuesday". */
function afterPhrase(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  const t = toks[i];
  if (!t?.word || !(c.prepositions.has(t.lo) || isBetween(t, c)) || c.determiners.has(t.lo)) return null;
  // Past the phrase's own noun ("à cette occasion"), to the next determiner or name.
  let k = i + 1;
  if (toks[k] && c.determiners.has(toks[k]!.lo)) k++;
  while (toks[k]?.word && !c.determiners.has(toks[k]!.lo) && !isCapitalized(toks[k]!.t) && k - i < 6) k++;
  const f = toks[k]?.word ? speakerWithRole(text, toks, k, c) : null;
  return f && (f.speaker.kind === 'desc' || f.speaker.kind === 'name') ? f : null;
}

/**
 * A name after a long title with commas of its own: `” Minister of Industry,
 * Investment and Commerce, Senator the Hon. Aubyn Hill, told JIS News`. The
 * verb of saying comes within twenty words, a name right before it.
 */
function longTitle(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  if (!isCapitalized(toks[i]!.t)) return null;
  for (let k = i + 1; k < toks.length && k - i < 20; k++) {
    const t = toks[k]!;
    // "Senator the Hon. Aubyn Hill": the dot of an abbreviation ends nothing.
    const dot = t.t === '.' && !!toks[k - 1] && (c.abbreviations.has(toks[k - 1]!.lo) || c.titles.has(`${toks[k - 1]!.lo}.`));
    if (QUOTE.test(t.t) || (SENTENCE_END.has(t.t) && !dot)) return null;
    const v = matchPhrase(toks, k, c.speech);
    if (!v) continue;
    const j = toks[k - 1]!.t === ',' ? k - 2 : k - 1;
    const name = j > i ? nameEndingAt(text, toks, j, c) : null;
    return name ? { speaker: name.speaker, next: k + v } : null;
  }
  return null;
}

/**
 * An attribution at the end of the quote's sentence, after other words:
 * `"…" trying to keep students safe, says Jennifer Johnson.`, `"…" as soon as
 * possible, Dr Etienne said.`. `toks` run from the closing mark to the end of
 * the sentence.
 */
export function attributionInTail(text: string, toks: readonly Token[], c: Compiled): Attribution | null {
  for (let k = 1; k < toks.length && k < 60; k++) {
    const t = toks[k]!;
    if (QUOTE.test(t.t) || SENTENCE_END.has(t.t)) return null;
    if (t.t !== ',' && !(t.t === '—' || t.t === '–')) continue;
    const att = clauseAt(text, toks, k + 1, c);
    if (!att) continue;
    const next = toks[att.next];
    if (next && !SENTENCE_END.has(next.t) && next.t !== ',') continue;
    const end = apposition(toks, att.next, c);
    return { speaker: att.speaker, start: toks[k + 1]!.start, end: toks[end - 1]!.end };
  }
  return null;
}

