import { isBetween, QUOTE, SENTENCE_END } from './clause.js';
import { matchPhrase, type Compiled } from './lexicon/compiled.js';
import { AUXILIARY, descriptionBefore } from './descriptions.js';
import { nameAt, nameEndingAt, type Speaker } from './names.js';
import { speakerAt, speakerWithRole } from './speaker-phrase.js';
import { isCapitalized, tokenIndex, type Token } from './tokens.js';
import type { Attribution } from './attribution.js';

/**
 * The attribution before an opening quote mark, in the same sentence: the
 * verb of saying nearest the quote with its subject before it ("Meghan
 * said", "the court wrote") or after it ("erklärte Schmidt-Chanasit:"), or a
 * source ("According to X,"). `toks` are the sentence's tokens before the mark.
 */
export function attributionBefore(text: string, toks: readonly Token[], c: Compiled): Attribution | null {
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (!t.word) continue;
    // "According to X, “…”", "Selon X, « … »", "Para el ministro, “…”": the source, then a comma or colon.
    const src = matchPhrase(toks, k, c.source);
    if (src && k + src < toks.length) {
      const f = speakerAt(text, toks, k + src, c);
      const after = f && toks[f.next];
      if (f && f.speaker.kind !== 'implied' && (!after || after.t === ',' || after.t === ':')) {
        return { speaker: f.speaker, start: t.start, end: toks[f.next - 1]!.end };
      }
    }
    // "In Dr. Shadlen’s words, “…”"
    if (t.lo === 'words' && k > 0 && /[’']s$/.test(toks[k - 1]!.t) && toks[k + 1]?.t === ',') {
      const name = nameEndingAt(text, toks, k - 1, c);
      if (name) return { speaker: { ...name.speaker, text: name.speaker.text.replace(/[’']s$/, '') }, start: name.speaker.at, end: t.end };
    }
    const participle = c.participles.has(t.lo);
    const v = matchPhrase(toks, k, c.report) || (participle ? 1 : 0);
    // After an article the word is a noun: "consacrée à l’analyse des médias", "the report".
    if (!v || (k > 0 && c.determiners.has(toks[k - 1]!.lo))) continue;
    const subject = participle ? mainSubject(text, toks, k, c) : subjectBefore(text, toks, k, c);
    if (subject) return { speaker: subject, start: subject.at, end: toks[k + v - 1]!.end };
    // Inverted: "erklärte Schmidt-Chanasit:", "dijo la ministra:".
    if (c.lang !== 'en' || toks[k + v]?.t !== ',') {
      const f = speakerWithRole(text, toks, k + v, c);
      if (f && f.speaker.kind !== 'implied' && (f.speaker.kind !== 'pron' || c.lang !== 'en')) {
        return { speaker: f.speaker, start: t.start, end: toks[f.next - 1]!.end };
      }
    }
    // No subject at all, the verb right before the quote: "Al respecto, explicó que “…”", "Agregando que se “…”".
    if (c.lang !== 'en' && toks.slice(k + v).filter((x) => x.word).length <= 3) {
      return { speaker: { kind: 'implied', text: '', at: t.start, gender: '' }, start: t.start, end: toks[k + v - 1]!.end };
    }
  }
  return null;
}

/**
 * The subject of the clause a participle hangs on: "When Winfrey asked …, he
 * declined, saying", "The court also found a statute …, noting that": the
 * nearest pronoun, name or description before it that a verb-like word
 * follows. None when the participle opens the sentence ("Agregando que…").
 */
export function mainSubject(text: string, toks: readonly Token[], at: number, c: Compiled): Speaker | null {
  const comma = toks[at - 1]?.t === ',' ? at - 1 : at;
  for (let k = comma - 1; k >= 0 && comma - k < 40; k--) {
    const t = toks[k]!;
    const dot = t.t === '.' && k > 0 && (c.abbreviations.has(toks[k - 1]!.lo) || c.titles.has(`${toks[k - 1]!.lo}.`));
    if (QUOTE.test(t.t) || (SENTENCE_END.has(t.t) && !dot)) return null;
    if (!t.word || (k > 0 && toks[k - 1]!.word && isCapitalized(toks[k - 1]!.t) && isCapitalized(t.t))) continue;
    // "… of Massachusetts quickly accused": a name after a preposition is not the subject.
    if (k > 0 && toks[k - 1]!.word && c.prepositions.has(toks[k - 1]!.lo) && !c.determiners.has(toks[k - 1]!.lo)) continue;
    const f = speakerAt(text, toks, k, c);
    let n = f ? f.next : 0;
    // "Sen. Elizabeth Warren of Massachusetts quickly accused …": skip where the subject is from.
    if (f && ['of', 'from', 'de', 'aus', 'von'].includes(toks[n]?.lo ?? '') && toks[n + 1] && isCapitalized(toks[n + 1]!.t)) {
      const origin = nameAt(text, toks, n + 1, c);
      if (origin) n = origin.next;
    }
    const next = f && toks[n];
    if (f && f.speaker.kind !== 'implied' && n <= comma && next?.word && !isCapitalized(next.t)
      && !c.prepositions.has(next.lo) && (!c.stop.has(next.lo) || AUXILIARY.has(next.lo))) return f.speaker;
  }
  return null;
}

/** The subject right before the verb at toks[k]: a pronoun, a name, a description, across adverbs and an apposition. */
export function subjectBefore(text: string, toks: readonly Token[], k: number, c: Compiled): Speaker | null {
  let j = k - 1;
  while (j >= 0 && isBetween(toks[j]!, c)) j--;
  if (j < 0) return null;
  // "Levy, the acting U.S. attorney, said"; "a lawyer in attendance, Shannon Kilpatrick, tweeted"
  if (toks[j]!.t === ',') {
    let m = j - 1;
    while (m >= 0 && toks[m]!.t !== ',' && j - m < 20 && !QUOTE.test(toks[m]!.t) && !SENTENCE_END.has(toks[m]!.t)) m--;
    if (m <= 0 || toks[m]!.t !== ',') {
      // A lone comma between subject and verb, as Spanish copy has it: "La secretaria de Estado,
      // señaló" — but "Finalmente, indicaron" has an adverb there, not a subject.
      const s = subjectBefore(text, toks, j, c);
      return s && (s.kind === 'desc' || (s.kind === 'name' && s.text.includes(' '))) ? s : null;
    } else {
      const inner = nameEndingAt(text, toks, j - 1, c);
      if (inner && inner.speaker.at === toks[m + 1]!.start) return inner.speaker;
      j = m - 1;
    }
  }
  const t = toks[j];
  if (!t?.word) return null;
  const g = c.pronouns.get(t.lo);
  if (g !== undefined) return { kind: 'pron', text: t.t, at: t.start, gender: g };
  const name = nameEndingAt(text, toks, j, c);
  // "La secretaria de Estado, señaló": a name after a preposition ends a description.
  const before = name && toks[tokenIndexOf(toks, name.speaker.at) - 1];
  if (name && !(before?.word && c.prepositions.has(before.lo))) return name.speaker;
  return descriptionBefore(text, toks, j, c) ?? name?.speaker ?? null;
}

function tokenIndexOf(toks: readonly Token[], offset: number): number {
  const i = tokenIndex(toks, offset);
  return toks[i]?.start === offset ? i : -1;
}
