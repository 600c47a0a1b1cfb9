import type { Compiled } from './lexicon/compiled.js';
import { matchPhrase } from './lexicon/compiled.js';
import { AUXILIARY, descriptionAt } from './descriptions.js';
import { adjacent, nameAt, type Found, type Speaker } from './names.js';
import { isCapitalized, type Token } from './tokens.js';

/** A speaker starting at toks[i]: pronoun, name, or description. */
export function speakerAt(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  const t = toks[i];
  if (!t?.word) return null;
  const g = c.pronouns.get(t.lo);
  if (g !== undefined) return { speaker: { kind: 'pron', text: t.t, at: t.start, gender: g }, next: i + 1 };
  if (c.impersonal.has(t.lo)) return { speaker: { kind: 'implied', text: '', at: t.start, gender: 'n' }, next: i + 1 };
  return nameAt(text, toks, i, c) ?? descriptionAt(text, toks, i, c) ?? roleThenName(text, toks, i, c);
}

/** Lowercase role words then a name: "said deputy general manager Paul Verhagen". */
function roleThenName(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  for (let k = i; k < i + 5 && toks[k]?.word && !isCapitalized(toks[k]!.t) && !c.stop.has(toks[k]!.lo)
    && !matchPhrase(toks, k, c.report); k++) {
    const name = nameAt(text, toks, k + 1, c);
    if (name) return name;
  }
  return null;
}

/**
 * A speaker; a name followed by role words and another name gives way to
 * the later one: "noted Maryland-based product liability lawyer Jim Dunham",
 * "ISD spokesman Tahir Della told DW".
 */
export function speakerWithRole(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  // A surname that starts with its particle: "detalló del Pópolo".
  const t = toks[i];
  if (t?.word && c.particles.has(t.lo) && toks[i + 1]?.word && isCapitalized(toks[i + 1]!.t) && !c.determiners.has(t.lo)) {
    const rest = nameAt(text, toks, i + 1, c);
    if (rest) return { speaker: { ...rest.speaker, text: text.slice(t.start, toks[rest.next - 1]!.end), at: t.start }, next: rest.next };
  }
  const f = speakerAt(text, toks, i, c);
  if (!f || f.speaker.kind !== 'name') return f;
  const next = toks[f.next];
  // German nouns are capitalized: "schreiben Forscher um Aneta Afelt".
  if (c.lang === 'de' && next?.word && c.prepositions.has(next.lo) && !c.determiners.has(next.lo) && !f.speaker.text.includes(' ')) {
    const later = nameAt(text, toks, f.next + 1, c);
    if (later) return later;
  }
  if (next?.word && !isCapitalized(next.t) && !c.stop.has(next.lo) && adjacent(text, toks[f.next - 1]!, next)) {
    const later = roleThenName(text, toks, f.next, c);
    if (later) return later;
  }
  return f;
}

/**
 * The subject a sentence opens with, when a verb-like word follows it:
 * "She wrapped up…", "The court also found…", "Bolger’s lawyer, Jeremy
 * Robinson, had…" (the name in apposition wins). A leading phrase such as
 * "On Thursday," is skipped.
 */
export function sentenceSubject(text: string, toks: readonly Token[], c: Compiled): Speaker | null {
  let k = 0;
  if (toks[0]?.word && c.prepositions.has(toks[0].lo) && !c.determiners.has(toks[0].lo)) {
    const comma = toks.findIndex((t, i) => i < 10 && t.t === ',');
    if (comma < 0) return null;
    k = comma + 1;
  }
  const f = speakerAt(text, toks, k, c);
  if (!f || f.speaker.kind === 'implied') return null;
  let speaker = f.speaker;
  let next = f.next;
  const possessive = /[’']s$/.test(speaker.text);
  if (possessive || speaker.kind === 'desc') {
    // "Bolger’s lawyer, Jeremy Robinson," / "the company's president, Brad Smith,"
    let j = next;
    while (toks[j]?.word && !isCapitalized(toks[j]!.t) && j - next < 5) j++;
    const name = toks[j]?.t === ',' ? nameAt(text, toks, j + 1, c) : null;
    if (name && toks[name.next]?.t === ',') {
      speaker = name.speaker;
      next = name.next + 1;
    } else if (possessive) {
      if (j === next) return null;
      speaker = { kind: 'desc', text: text.slice(speaker.at, toks[j - 1]!.end), at: speaker.at, gender: '' };
      next = j;
    }
  }
  const t = toks[next];
  return t && verbLike(t, c) ? speaker : null;
}

/** Words that may follow a subject before its verb. */
const SUBJECT_AUX = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'did', 'does',
  'also', 'then', 'later', 'who', 'hat', 'hatte', 'ist', 'war', 'a', 'est', 'ha', 'había', 'fue', 'himself', 'herself',
  'itself', 'themselves', 'avait', 'avaient', 'ont', 'était', 'sont', 'hatte', 'hatten', 'sind', 'habe', 'había',
  'han', 'ha', 'era']);

/** A word that can follow a subject: lowercase, not a preposition, a function word only if an auxiliary. */
export function verbLike(t: Token, c: Compiled): boolean {
  return t.word && !isCapitalized(t.t) && !c.prepositions.has(t.lo) && (!c.stop.has(t.lo) || SUBJECT_AUX.has(t.lo) || c.report.has(t.lo));
}
