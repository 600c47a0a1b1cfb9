/**
 * wcxb-dev figures: WCXB's word F1 per page type, and how many pages a
 * reader's click is refused on, split by whether the ground truth holds a
 * text a reader came for.
 */
import type { ExtractorPage, PageResult } from './types.js';
import { meanScores, type WordScore } from './words.js';

/** Page types whose main content is a text to read: a click on them must never be refused. */
export const TEXT_TYPES: ReadonlySet<string> = new Set(['article', 'documentation', 'forum']);

export interface WcxbSummary {
  all: WordScore & { pages: number };
  byType: Record<string, WordScore & { pages: number }>;
}

/** Mean word scores over the pages `pick` gives one for, all together and per page type. */
export function wcxbSummary<R extends { type?: string }>(results: readonly R[], pick: (r: R) => Pick<ExtractorPage, 'words'>): WcxbSummary {
  const pages = results.filter((r) => pick(r).words);
  const types = [...new Set(pages.map((r) => r.type ?? 'unknown'))].sort();
  return {
    all: meanScores(pages.map((r) => pick(r).words!)),
    byType: Object.fromEntries(types.map((t) => [t, meanScores(pages.filter((r) => (r.type ?? 'unknown') === t).map((r) => pick(r).words!))])),
  };
}

/** A page whose ground truth holds a text: a snippets page with `with` snippets, a wcxb article, doc or forum. */
export function holdsText(r: PageResult, withSnippets: number | undefined): boolean {
  if (r.set === 'snippets') return (withSnippets ?? 0) > 0;
  if (r.set === 'wcxb') return TEXT_TYPES.has(r.type ?? '');
  return true;
}

export interface RefusalSummary {
  /** Pages holding a text (see holdsText) that were refused, by set. */
  textPages: Record<string, { refused: number; pages: number; examples: string[] }>;
  /** wcxb pages of the other types (home, listing, product, service …) refused, by type. */
  otherTypes: Record<string, { refused: number; pages: number }>;
}

export function refusals(results: readonly PageResult[], withCounts: (r: PageResult) => number | undefined): RefusalSummary {
  const s: RefusalSummary = { textPages: {}, otherTypes: {} };
  for (const r of results) {
    const refused = Boolean(r.ours.refused);
    if (holdsText(r, withCounts(r))) {
      const t = (s.textPages[r.set] ??= { refused: 0, pages: 0, examples: [] });
      t.pages++;
      if (refused) { t.refused++; t.examples.push(r.name); }
    } else if (r.set === 'wcxb') {
      const t = (s.otherTypes[r.type ?? 'unknown'] ??= { refused: 0, pages: 0 });
      t.pages++;
      if (refused) t.refused++;
    }
  }
  return s;
}
