import { STOPWORD_LANGS, stopwords } from './stopwords.js';

/** The primary subtag of a BCP 47 tag, lowercased: 'en-US' → 'en', 'EN' → 'en'. */
export function baseLang(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The language to read `text` in. A page that declares none (CNN's article
 * pages have no <html lang>) is guessed from its commonest function words,
 * looking only at the first few thousand characters.
 */
export function articleLang(tag: string, text: string): string {
  const base = baseLang(tag);
  if (base) return base;
  const words = text.slice(0, 4000).toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let best = 'en';
  let bestHits = 0;
  for (const lang of STOPWORD_LANGS) {
    const set = stopwords(lang);
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
