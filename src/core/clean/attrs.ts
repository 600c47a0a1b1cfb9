/**
 * Class and id names split into lower-case words at -, _, spaces and camelCase
 * humps, so `adSlot`, `ad-slot` and `ad_slot` all read as {ad, slot} while
 * `shadow`, `header` or `download` never contain the word "ad".
 */
export function attrWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
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
