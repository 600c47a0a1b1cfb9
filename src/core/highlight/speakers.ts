import { indexAt, insideSpans, type Analysis } from './analysis.js';
import { attributionBefore, mainSubject, subjectBefore } from './attribution.js';
import { matchPhrase } from './lexicon/compiled.js';
import type { Span } from './marks.js';
import { lastWord } from './mentions.js';
import type { Speaker } from './names.js';
import { sentenceSubject, speakerWithRole } from './speaker-phrase.js';
import type { Candidate } from './people.js';
import { tokensIn, type Token } from './tokens.js';

/** What the quote before this one left: the paragraph it ended in, and its speaker. */
export interface Previous {
  para: number;
  speaker?: string;
}

/**
 * The speaker of a quote with no attribution of its own, from its context:
 * the quote before it in the same paragraph; the sentence before it ("Smith
 * told reporters:" / "…, he said." / "Bolger’s lawyer, Jeremy Robinson, had a
 * statement."); the subject its sentence opens with ("She wrapped up by
 * describing their lives as “…”"); else the last speaker if they spoke in the
 * last two paragraphs.
 */
export function contextSpeaker(a: Analysis, span: Span, prev: Previous | undefined): Speaker | string | undefined {
  if (prev?.speaker && prev.para === span.para) return prev.speaker;
  const si = indexAt(a.sentences, span.open);
  const s = a.sentences[si];
  const before = a.sentences[si - 1];
  const lead = s ? tokensIn(a.toks, s.start, span.open) : [];
  const opensSentence = !lead.some((t) => t.word);
  const opensPara = span.open === a.paras[span.para]!.start;
  if (before && opensSentence && (before.para === span.para || opensPara)) {
    const toks = tokensIn(a.toks, before.start, before.end);
    const att = attributionBefore(a.text, toks, a.c);
    // From the paragraph before, only "X told reporters:" or a verb of saying: "Supt Peters said it was possible."
    if (att && (before.para === span.para || /:\s*$/.test(before.text) || saysIn(a, toks))) return att.speaker;
    const subject = before.para === span.para ? sentenceSubject(a.text, toks, a.c) : null;
    if (subject) return subject;
  }
  if (!opensSentence) {
    const f = sentenceSubject(a.text, lead, a.c);
    if (f && f.kind !== 'desc') return f;
  }
  if (prev?.speaker && span.para - prev.para <= 2) return prev.speaker;
  return undefined;
}

/** True when a verb of saying (not only of reporting) is among `toks`. */
function saysIn(a: Analysis, toks: readonly Token[]): boolean {
  return toks.some((_, i) => matchPhrase(toks, i, a.c.speech) > 0);
}

/**
 * The name a speaker as written stands for: the fullest form of a name, the
 * person or organisation behind a role ("the governor", "la congregación"),
 * the person a pronoun or a dropped subject points to. An anonymous
 * description ("one GOP operative") stays as written. `exclude` cannot be
 * the answer (who asked the question being answered).
 */
export function resolveSpeaker(a: Analysis, sp: Speaker, exclude?: string): string | undefined {
  const { people, c } = a;
  const para = a.paras[Math.max(0, indexAt(a.paras, sp.at))]!.start;
  // A role that names no one it can be matched to ("the minister", "el funcionario") is a person
  // mentioned before, resolved as a pronoun of the title's gender.
  const asPronoun = (role: string) => people.isRole(role)
    ? people.resolve({ ...sp, kind: 'pron', gender: people.roleGender(role) }, sp.at, para, exclude) : undefined;
  switch (sp.kind) {
    case 'name': {
      // "said King" is Wayne King when the article names him; "the Director" is a role.
      const full = people.fullName(sp.text);
      if (full !== sp.text || !c.titles.has(lastWord(sp.text))) return full;
      return people.byRole(sp.text, sp.at) ?? asPronoun(sp.text) ?? sp.text;
    }
    case 'desc': {
      if (!people.isRole(sp.text) && !c.organisations.has(people.head(sp.text))) return sp.text;
      return people.byRole(sp.text, sp.at) ?? asPronoun(sp.text) ?? people.byOrg(sp.text, sp.at) ?? sp.text;
    }
    case 'pron':
    case 'implied': {
      const name = people.resolve(sp, sp.at, para, exclude);
      return name ? people.fullName(name) : undefined;
    }
  }
}

/**
 * Everyone named as the subject of a verb of saying outside quotes ("Manning
 * said Government is…", "…, sagt Flixbus-Manager Stenger."): the people a
 * later "he said" may stand for.
 */
export function reporters(a: Analysis): Candidate[] {
  const { text, toks, c } = a;
  const inside = insideSpans(a.spans);
  const out: Candidate[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word || (!c.report.has(t.lo) && !c.participles.has(t.lo)) || inside(t.start)) continue;
    if (c.participles.has(t.lo)) {
      // "Bloomberg has attempted to apologize …, saying that he failed"
      const s = toks[k - 1]?.t === ',' ? mainSubject(text, toks, k, c) : null;
      if (s?.kind === 'name' && !inside(s.at)) out.push({ name: a.people.fullName(s.text), at: s.at });
      continue;
    }
    const v = matchPhrase(toks, k, c.report);
    if (!v) continue;
    const before = subjectBefore(text, toks, k, c);
    // Inverted only as a clause of its own: "…, sagt Flixbus-Manager Stenger." (not "und fordert ähnliche Privilegien").
    const inverted = toks[k - 1]?.t === ',' ? speakerWithRole(text, toks, k + v, c)?.speaker : undefined;
    const sp = before?.kind === 'name' ? before : inverted;
    if (sp?.kind === 'name' && !inside(sp.at)) out.push({ name: a.people.fullName(sp.text), at: sp.at });
  }
  return out;
}
