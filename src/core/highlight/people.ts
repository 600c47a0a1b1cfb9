import type { Compiled } from './lexicon/compiled.js';
import type { Gender } from './lexicon/index.js';
import { lastWord, pronounAfter, roleBefore, type Mention } from './mentions.js';
import { nameAt, type Speaker } from './names.js';
import { tokenIndex, type Token } from './tokens.js';

/** A person named before, as a candidate for a pronoun. */
export interface Candidate {
  name: string;
  at: number;
}

/** Resolves speakers to names: short names to the fullest form, pronouns to the nearest person before. */
export class People {
  /** Gender by last name, worked out when first asked (genderOf). */
  private readonly genders = new Map<string, Gender>();
  private readonly votes = new Map<string, number>();
  /** Last words of names that are surely people: several words, a title, or a speaker by name. */
  private readonly people = new Set<string>();
  private readonly subjects: readonly Mention[];
  /** Speakers of the quotes read so far, in text order. */
  private readonly speakers: Candidate[] = [];
  /** People who say something outside quotes ("…, sagt Flixbus-Manager Stenger."), in text order. */
  private reportersList?: Candidate[];
  private findReporters: () => Candidate[] = () => [];
  private lastIndex?: Map<string, Mention[]>;
  private lowered?: string;

  constructor(private readonly mentions: readonly Mention[], private readonly c: Compiled,
    private readonly text = '', private readonly toks: readonly Token[] = []) {
    this.subjects = mentions.filter((m) => m.subject);
    if (c.lang !== 'de') for (const m of mentions) if (m.words.length > 1 && !m.thing) this.people.add(m.last);
  }

  private get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  /** A name quoted as a speaker is a person even when it is one word ("Meghan said"). */
  isPerson(name: string): void {
    this.people.add(lastWord(name));
  }

  /** Named as a speaker somewhere, or with a title that tells a gender. */
  isKnown(name: string): boolean {
    return this.personLike(name);
  }

  /**
   * German capitalizes every noun ("sieben Prozent Mehrwertsteuer"), so there
   * a person is one named as a speaker or with a title that tells a gender.
   */
  private personLike(name: string): boolean {
    this.findReportersOnce();
    if (this.people.has(lastWord(name))) return true;
    if (this.c.lang === 'de') return this.genderOf(name) === 'm' || this.genderOf(name) === 'f';
    return name.trim().includes(' ');
  }

  private vote(last: string, g: 'm' | 'f'): void {
    const v = (this.votes.get(last) ?? 0) + (g === 'm' ? 1 : -1);
    this.votes.set(last, v);
    this.genders.set(last, v > 0 ? 'm' : v < 0 ? 'f' : '');
  }

  /** The fullest form of a one-word name the article uses: "Levy" → "Joshua Levy". */
  fullName(name: string): string {
    // Written in full already ("Mayor Elena Ruiz", "la maire Elena Ruiz"): the title stays with the name.
    if (name.trim().includes(' ')) return name.replace(/[’']s$/, '');
    const last = lastWord(name);
    const counts = new Map<string, number>();
    for (const m of this.mentions) {
      if (m.last === last && !m.possessive && m.words.length > 1 && m.words.length <= 6) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    }
    // "Etienne" for "Camille Etienne Gbedey": a one-word name inside a longer one.
    if (!counts.size && !name.includes(' ')) {
      for (const m of this.mentions) {
        if (!m.thing && !m.possessive && m.words.indexOf(last) > 0 && m.words.length <= 4) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
      }
    }
    // The form the article uses most ("Roman Prymula", not the once-seen "Santé Roman Prymula"), the longer on a tie.
    let best = name.replace(/[’']s$/, '');
    let n = 0;
    for (const [text, k] of counts) {
      if (text.length <= best.length && k <= n) continue;
      if (k > n || (k === n && text.length > best.length)) {
        best = text;
        n = k;
      }
    }
    return best;
  }

  /**
   * A role standing for a person named elsewhere: "the governor" → "Governor
   * John Rankin", "the Director" → "PAHO Director Carissa F. Etienne", "the
   * court" → "4th District Court of Appeal". The nearest such name before
   * `at`, else the first after.
   */
  byRole(role: string, at: number): string | undefined {
    return this.byPhrase(role, at) ?? this.byHead(role, at);
  }

  /** The name written right after the role itself: "le ministre de la Santé Roman Prymula". */
  private byPhrase(role: string, at: number): string | undefined {
    const words = role.toLowerCase().split(/\s+/);
    while (words.length > 1 && this.c.determiners.has(words[0]!.replace(/['’].*$/, ''))) words.shift();
    const phrase = words.join(' ').replace(/^(l|d)['’]/, '');
    if (phrase.length < 4) return undefined;
    let best: string | undefined;
    for (let i = this.lower.indexOf(phrase); i >= 0; i = this.lower.indexOf(phrase, i + 1)) {
      let k = tokenIndex(this.toks, i + phrase.length);
      if (this.toks[k]?.t === ',') k++;
      const name = this.toks[k] && this.toks[k]!.start - (i + phrase.length) < 3 ? nameAt(this.text, this.toks, k, this.c) : null;
      if (!name || !this.personLike(name.speaker.text)) continue;
      best = name.speaker.text;
      if (i >= at) break;
    }
    return best;
  }

  private byHead(role: string, at: number): string | undefined {
    const word = this.head(role);
    if (!this.c.titles.has(word) && !this.c.organisations.has(word)) return undefined;
    let before: Mention | undefined;
    let after: Mention | undefined;
    for (const m of this.mentions) {
      const k = m.words.indexOf(word);
      if (m.possessive || (m.before !== word && (k < 0 || k === m.words.length - 1))) continue;
      if (m.at < at) before = m;
      else if (!after) after = m;
    }
    return (before ?? after)?.text;
  }

  /** The head noun of a description: "court" in "the court in its ruling", "ministre" in "le ministre de la Santé". */
  head(role: string): string {
    const all = role.toLowerCase().replace(/^(l|d)['’]/, '').split(/\s+/);
    const cut = all.findIndex((w, i) => i > 0 && this.c.prepositions.has(w) && !this.c.determiners.has(w));
    return lastWord((cut > 0 ? all.slice(0, cut) : all).join(' '));
  }

  /**
   * A definite description whose head is a title or role ("the minister", "el
   * funcionario") stands for a person named elsewhere; "a guard", "un
   * dirigeant de LREM" stand for no one else.
   */
  isRole(role: string): boolean {
    const first = role.toLowerCase().split(/\s+/)[0]!.replace(/(['’]).*$/, '$1');
    return !this.c.indefinite.has(first) && this.c.titles.has(this.head(role));
  }

  /** The gender a role's title tells: "la ministra" → f. */
  roleGender(role: string): Gender {
    return this.c.titles.get(this.head(role)) ?? '';
  }

  /**
   * An organisation standing as "the company", "la congregación": the nearest
   * organisation named before `at` as a subject ("La Compañía de Jesús informó").
   */
  byOrg(role: string, at: number): string | undefined {
    if (!this.c.organisations.has(this.head(role))) return undefined;
    for (let i = lastBefore(this.subjects, at); i >= 0 && at - this.subjects[i]!.at < 2500; i--) {
      if (this.subjects[i]!.thing) return this.subjects[i]!.text;
    }
    return undefined;
  }

  /**
   * What the article tells of a person's gender, by their last name: a title
   * ("Prince Harry", "la ministra … , Antonia Orellana"), then the his/her that
   * follows them as a subject, by majority. Worked out when first asked.
   */
  genderOf(name: string): Gender {
    const last = lastWord(name);
    const known = this.genders.get(last);
    if (known !== undefined) return known;
    this.genders.set(last, '');
    for (const m of this.byLast().get(last) ?? []) {
      if (m.gender === 'n') {
        this.genders.set(last, 'n');
        return 'n';
      }
      let g = m.gender || roleBefore(this.toks, m.tok, this.c);
      if (!g && m.subject && this.c.lang === 'en') g = pronounAfter(this.toks, m.end);
      if (g === 'm' || g === 'f') this.vote(last, g);
    }
    return this.genders.get(last) ?? '';
  }

  private byLast(): Map<string, Mention[]> {
    if (!this.lastIndex) {
      this.lastIndex = new Map();
      for (const m of this.mentions) this.lastIndex.set(m.last, [...(this.lastIndex.get(m.last) ?? []), m]);
    }
    return this.lastIndex;
  }

  /** Remember who spoke where: the nearest speaker is the likeliest "he said". */
  spoke(name: string, at: number, g: Gender): void {
    this.speakers.push({ name, at });
    if ((g === 'm' || g === 'f') && !this.genderOf(name)) this.vote(lastWord(name), g);
  }

  /**
   * The person a pronoun at offset `at` (in the paragraph starting at `para`)
   * stands for, whose known gender does not contradict the pronoun's:
   * organisations answer only "it" and "they".
   */
  resolve(sp: Speaker, at: number, para: number, exclude?: string): string | undefined {
    const fits = (name: string) => {
      if (name === exclude) return false;
      const g = this.genderOf(name);
      if (sp.gender === 'm' || sp.gender === 'f') return !g || g === sp.gender;
      return sp.gender !== 'n' || !g || g === 'n';
    };
    // 1. In this paragraph, the nearest subject ("Jane Doe, 45, lives in… “…,” she said.") or
    // person quoted or reported ("…, says McLaughlin. “…,” she says.").
    // 2. Before it, someone quoted or reported (“…,” said X / X said that…), nearest first;
    // 3. any person standing as a subject.
    const window = (x: { at: number }) => at - x.at < 2500;
    const said: Candidate[] = [];
    for (const list of [this.speakers, this.findReportersOnce()]) {
      for (let j = lastBefore(list, at); j >= 0 && window(list[j]!); j--) said.push(list[j]!);
    }
    for (let i = lastBefore(this.subjects, at); i >= 0 && this.subjects[i]!.at >= para; i--) {
      const m = this.subjects[i]!;
      if (m.strong && this.personLike(m.text)) said.push({ name: m.text, at: m.at });
    }
    // "In Hajjaj’s case, she decided …": a possessive in this paragraph names who the pronoun follows.
    for (let i = lastBefore(this.mentions, at); i >= 0 && this.mentions[i]!.at >= para; i--) {
      const m = this.mentions[i]!;
      if (m.possessive && this.personLike(m.text)) said.push({ name: m.text.replace(/[’']s$/, ''), at: m.at });
    }
    said.sort((x, y) => (y.at >= para ? 1 : 0) - (x.at >= para ? 1 : 0) || y.at - x.at);
    const found = said.find((x) => fits(x.name));
    if (found) return found.name;
    for (let i = lastBefore(this.subjects, at); i >= 0 && window(this.subjects[i]!); i--) {
      const m = this.subjects[i]!;
      if (this.personLike(m.text) && fits(m.text)) return m.text;
    }
    return undefined;
  }

  /** How to find the reporters; they are looked for only when a pronoun needs them. */
  reported(find: () => Candidate[]): void {
    this.findReporters = find;
    this.reportersList = undefined;
  }

  /** Reporters are people too ("…, says McLaughlin" makes McLaughlin one). */
  private findReportersOnce(): Candidate[] {
    if (!this.reportersList) {
      this.reportersList = this.findReporters();
      for (const r of this.reportersList) this.people.add(lastWord(r.name));
    }
    return this.reportersList;
  }
}

/** Index of the last item before offset `at` (-1 when none). */
function lastBefore(list: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
