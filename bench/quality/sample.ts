/** Deterministic samples of corpus pages, for runs too slow to take every page. */
import type { PageTask } from './types.js';

/** `limit` items spread evenly over `items`, in their order (all of them when `limit` is absent or not below their count). */
export function spread<T>(items: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || limit >= items.length) return [...items];
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

/** How many pages of each type a sample of `limit` takes (see spreadByType). */
export function allocate(counts: ReadonlyMap<string, number>, limit: number, minPerType: number): Map<string, number> {
  const types = [...counts.keys()].sort();
  const floor = Math.min(minPerType, Math.floor(limit / Math.max(1, types.length)));
  const take = new Map(types.map((t) => [t, Math.min(counts.get(t)!, floor)]));
  let left = limit - [...take.values()].reduce((a, b) => a + b, 0);
  const room = new Map(types.map((t) => [t, counts.get(t)! - take.get(t)!]));
  const roomAll = [...room.values()].reduce((a, b) => a + b, 0);
  if (left <= 0 || roomAll === 0) return take;
  left = Math.min(left, roomAll);
  // Largest remainder: whole shares first, then one more to the types with the largest fractions (ties by name).
  const exact = types.map((t) => ({ t, share: (left * room.get(t)!) / roomAll }));
  for (const { t, share } of exact) take.set(t, take.get(t)! + Math.floor(share));
  const rest = left - exact.reduce((n, { share }) => n + Math.floor(share), 0);
  const byFraction = [...exact].sort((a, b) => (b.share % 1) - (a.share % 1) || (a.t < b.t ? -1 : 1));
  for (const { t } of byFraction.slice(0, rest)) take.set(t, take.get(t)! + 1);
  return take;
}

/**
 * A deterministic spread of `limit` wcxb pages over the page types: every
 * type gets at least `minPerType` pages (all it has, if fewer; less when
 * `limit` cannot give every type that many), so each type's mean rests on
 * enough pages; the rest is shared in proportion to what each type has left.
 * Each type's pages are taken evenly over its pages in name order. The
 * sample comes back in name order.
 */
export function spreadByType(tasks: readonly PageTask[], limit: number, minPerType = 30): PageTask[] {
  const byType = new Map<string, PageTask[]>();
  const sorted = [...tasks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const t of sorted) {
    const type = t.wcxb?.type ?? 'unknown';
    const pages = byType.get(type);
    if (pages) pages.push(t);
    else byType.set(type, [t]);
  }
  const take = allocate(new Map([...byType].map(([t, pages]) => [t, pages.length])), limit, minPerType);
  const picked = new Set([...byType].flatMap(([t, pages]) => spread(pages, take.get(t))));
  return sorted.filter((t) => picked.has(t));
}
