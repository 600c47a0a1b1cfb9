/**
 * Folds grouped by site, the same in TypeScript (bench:quality, which scores
 * each page with a model that never saw its site) and in train.py: a page's
 * group is its registrable domain (news.example.co.uk → example.co.uk, so a
 * site's sub-sites share their templates' fold), its fold the group's FNV-1a
 * hash modulo FOLDS. Fold 0 is the lockbox: no model that is tuned sees it,
 * and its figure is read only to report it.
 */
export const FOLDS = 5;
export const LOCKBOX = 0;

/** Second-level labels under which a registrable domain takes three labels. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'gob', 'gv', 'or', 'ne', 'go']);

export function siteGroup(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const take = SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s`. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function foldOf(domain: string): number {
  return fnv1a(siteGroup(domain)) % FOLDS;
}
