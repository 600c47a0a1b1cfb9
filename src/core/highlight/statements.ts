import { attributionInTail } from './attribution.js';
import { isBetween } from './clause.js';
import { matchPhrase } from './lexicon/compiled.js';
import type { Speaker } from './names.js';
import { sentenceSubject, speakerAt } from './speaker-phrase.js';
import { wordsIn, type Analysis } from './analysis.js';
import type { Sentence } from './sentences.js';
import { tokensIn } from './tokens.js';

/** A sentence of reported speech: "Blinken emphasized the need for …", "X argued that …". */
export interface Statement {
  sentence: Sentence;
  speaker: Speaker;
}

/** Shorter sentences say too little to stand as a highlight. */
const MIN_WORDS = 8;

/**
 * Sentences that report what someone said without quote marks: a speaker
 * opening the sentence with a verb of saying ("Blinken emphasized…", "Le
 * ministre a estimé que…"), a source ("According to X, …", "Selon X, …"), or a
 * closing attribution ("…, sagte Stenger.", "…, dijo el ministro."). Sentences
 * holding a quote mark are left to the quote detector.
 */
export function findStatements(a: Analysis, sentences: readonly Sentence[]): Statement[] {
  const out: Statement[] = [];
  const { text, c } = a;
  for (const s of sentences) {
    if (wordsIn(a, s.start, s.end) < MIN_WORDS || /[“”"„«»「」]/.test(s.text)) continue;
    const toks = tokensIn(a.toks, s.start, s.end);
    if (!toks.length) continue;
    let speaker: Speaker | null = null;
    const src = matchPhrase(toks, 0, c.source);
    if (src) {
      const f = speakerAt(text, toks, src, c);
      if (f && toks[f.next]?.t === ',') speaker = f.speaker;
    }
    if (!speaker) {
      const subject = sentenceSubject(text, toks, c);
      if (subject) {
        let k = toks.findIndex((t) => t.start >= subject.at + subject.text.length);
        while (k >= 0 && toks[k] && (isBetween(toks[k]!, c) || toks[k]!.t === ',')) k++;
        const v = k >= 0 ? matchPhrase(toks, k, c.report) : 0;
        // The verb says something: a clause or an object follows, not the end of the sentence.
        if (v && toks[k + v]?.word && someone(a, subject)) speaker = subject;
      }
    }
    if (!speaker) {
      // "…, sagte Stenger." — a closing clause among the last words.
      const tail = attributionInTail(text, toks.slice(Math.max(0, toks.length - 14)), c);
      if (tail && tail.speaker.kind !== 'implied') speaker = tail.speaker;
    }
    if (speaker && speaker.kind !== 'implied') out.push({ sentence: s, speaker });
  }
  return out;
}

/**
 * A speaker who can say something: a person's name, a pronoun, a role ("the
 * harbour master") or an organisation ("the council") — not "The extension
 * adds six stops" or "Die Kosten schätzt die Stadt".
 */
function someone(a: Analysis, sp: Speaker): boolean {
  if (sp.kind === 'pron') return true;
  const words = sp.text.toLowerCase().split(/\s+/);
  if (sp.kind === 'desc') {
    const head = a.people.head(sp.text);
    return a.c.titles.has(head) || a.c.organisations.has(head) || words.some((w) => a.c.titles.has(w));
  }
  // German capitalizes nouns ("Die landesweite Fachtagung Ehrenamt findet…"): a "name" there must be
  // a known speaker or carry a title.
  return a.lang !== 'de' || a.people.isKnown(sp.text);
}
