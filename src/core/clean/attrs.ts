/**
 * Class and id names split into lower-case words at -, _, spaces and camelCase
 * humps, so `adSlot`, `ad-slot` and `ad_slot` all read as {ad, slot} while
 * `shadow`, `header` or `download` never contain the word "ad". Several steps
 * ask about the same elements, so each element's words are worked out once.
 */
const cache = new WeakMap<Element, string[]>();
const NONE: string[] = [];

export function attrWords(el: Element): string[] {
  let words = cache.get(el);
  if (words) return words;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  words = !cls && !id ? NONE
    : `${cls ?? ''} ${id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  cache.set(el, words);
  return words;
}

/** The element's class and id words include one of `words` (or two neighbours joined, e.g. ad+slot → adslot). */
export function hasAttrWord(el: Element, words: ReadonlySet<string>): boolean {
  const parts = attrWords(el);
  for (let i = 0; i < parts.length; i++) {
    if (words.has(parts[i]!)) return true;
    if (i + 1 < parts.length && words.has(parts[i]! + parts[i + 1]!)) return true;
  }
  return false;
}

export function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}
