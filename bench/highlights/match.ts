/**
 * How a detected quote is matched to a hand label (see the header of
 * bench/highlights.ts for the rules in words).
 */

export interface Label {
  text: string;
  continues?: string[];
  speaker: string | null;
  title?: string;
}

export interface Detected {
  text: string;
  continues: string[];
  speaker?: string;
}

/** Lowercase, no quote marks or punctuation, one space between words. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const joined = (text: string, continues: readonly string[] = []) => normalise([text, ...continues].join(' '));

/** Share of the shorter text's words found in the longer one (as a multiset). */
export function overlap(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const sw = short.split(' ').filter(Boolean);
  if (!sw.length) return 0;
  const bag = new Map<string, number>();
  for (const w of long.split(' ')) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of sw) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / sw.length;
}

/** 1 when one text contains the other, else the word overlap; 0 below 0.8. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a.includes(b) || b.includes(a)) return 1;
  const o = overlap(a, b);
  return o >= 0.8 ? o : 0;
}

/**
 * How well a detection matches a label: its joined parts against the label's
 * joined parts, or against the label's first span alone (a detection that
 * covers the first span of a split quote).
 */
export function matchScore(d: Detected, l: Label): number {
  const dj = joined(d.text, d.continues);
  return Math.max(similarity(dj, joined(l.text, l.continues)), similarity(dj, normalise(l.text)));
}

/** One-to-one pairs, best first: a second detection of an already matched label is a false positive. */
export function pair(detected: readonly Detected[], labels: readonly Label[]): [number, number][] {
  const cands: [number, number, number][] = [];
  detected.forEach((d, i) => labels.forEach((l, j) => {
    const s = matchScore(d, l);
    if (s > 0) cands.push([s, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const usedD = new Set<number>();
  const usedL = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedD.has(i) || usedL.has(j)) continue;
    usedD.add(i);
    usedL.add(j);
    out.push([i, j]);
  }
  return out;
}

const ARTICLE = /^(a|an|the|one|another|der|die|das|ein|eine|un|une|le|la|les|l'|d'|el|los|las|uno|una)\s+/i;
const PARTICLES = new Set(['of', 'de', 'del', 'de la', 'du', 'des', 'von', 'van', 'der', 'la', 'le', 'y', 'da', 'di', 'for', 'um']);

/**
 * A label names someone (a person or an organisation: "Joshua Levy", "DOJ",
 * "La Compañía de Jesús") when, after a leading article, all its words are
 * capitalized or name particles; otherwise it describes them ("one GOP
 * operative in the state", "un ténor de la droite", "Hadvar's uncle").
 */
function isName(label: string): boolean {
  const words = label.trim().replace(ARTICLE, '').split(/\s+/);
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/**
 * A name is right when the detected speaker holds the label's last word
 * ("Levy" or "Acting U.S. Attorney Joshua Levy" for "Joshua Levy"); a
 * description must be the same after normalising, a leading article aside.
 */
export function speakerCorrect(detected: string | undefined, label: string): boolean {
  if (!detected) return false;
  const d = normalise(detected);
  const l = normalise(label);
  const bare = (s: string) => s.replace(ARTICLE, '');
  if (d === l || bare(d) === bare(l)) return true;
  if (!isName(label)) return false;
  const last = l.split(' ').pop()!.replace(/'s$/, '');
  return d.split(' ').some((w) => w.replace(/'s$/, '') === last);
}
