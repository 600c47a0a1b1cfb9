/**
 * Training labels for the article's lines, from each set's ground truth
 * (see BOILERPLATE-MODEL.md, "Labels"): aligned by normalised words, never by
 * position; the ambiguous middle is left out rather than guessed.
 *
 * - wcxb-dev: a line of three words or more is story when at least 70% of
 *   its word trigrams are in the main content, boilerplate when at most 20%
 *   are; a shorter line is story when the main content has it as a line of
 *   its own, boilerplate when its words are nowhere in it in that order.
 * - snippets: a line holding a `with` snippet (or held by one) is story, one
 *   holding a `without` snippet (or held by one) is boilerplate.
 */
import { words } from '../quality/words.js';
import { collapseWs } from '../quality/snippets.js';

export const STORY = 0;
export const BOILERPLATE = 1;
export type Label = typeof STORY | typeof BOILERPLATE | null;

export interface MainContent {
  trigrams: Set<string>;
  lines: Set<string>;
  /** The whole main content's words, space-joined with a space at each end. */
  joined: string;
}

export function mainContent(text: string): MainContent {
  const w = words(text);
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) trigrams.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  const lines = new Set(text.split('\n').map((l) => words(l).join(' ')).filter(Boolean));
  return { trigrams, lines, joined: ` ${w.join(' ')} ` };
}

export function labelByMainContent(line: string, mc: MainContent): Label {
  const w = words(line);
  if (!w.length) return null;
  if (w.length < 3) {
    const j = w.join(' ');
    if (mc.lines.has(j)) return STORY;
    return mc.joined.includes(` ${j} `) ? null : BOILERPLATE;
  }
  let found = 0;
  for (let i = 0; i + 2 < w.length; i++) if (mc.trigrams.has(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)) found++;
  const share = found / (w.length - 2);
  return share >= 0.7 ? STORY : share <= 0.2 ? BOILERPLATE : null;
}

export function labelBySnippets(line: string, gt: { with: readonly string[]; without: readonly string[] }): Label {
  const l = collapseWs(line);
  if (!l) return null;
  const long = words(l).length >= 3;
  const touches = (s: string) => { const c = collapseWs(s); return Boolean(c) && (l.includes(c) || (long && c.includes(l))); };
  const story = gt.with.some(touches);
  const boiler = gt.without.some(touches);
  if (story === boiler) return null;
  return story ? STORY : BOILERPLATE;
}
