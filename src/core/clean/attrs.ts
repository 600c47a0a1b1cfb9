/**
 * Class and id names split into lower-case words at -, _, spaces and camelCase
 * humps, so `adSlot`, `ad-slot` and `ad_slot` all read as {ad, slot} while
 * `shadow`, `header` or `download` never contain the word "ad". Several steps
 * ask about the same elements, so each element's words are worked out once.
 */
interface Names {
  words: string[];
  /** The words and each two neighbours joined (ad+slot → adslot): what hasAttrWord looks up. */
  lookups: string[];
}

const cache = new WeakMap<Element, Names>();
const NONE: Names = { words: [], lookups: [] };

function names(el: Element): Names {
  let n = cache.get(el);
  if (n) return n;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) {
    n = NONE;
  } else {
    const words = `${cls ?? ''} ${id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const lookups = words.slice();
    for (let i = 0; i + 1 < words.length; i++) lookups.push(words[i]! + words[i + 1]!);
    n = { words, lookups };
  }
  cache.set(el, n);
  return n;
}

export function attrWords(el: Element): string[] {
  return names(el).words;
}

/**
 * The element's class and id words include one of `words` (or two neighbours
 * joined, e.g. ad+slot → adslot). The joined pairs are made once per element:
 * half a dozen steps ask about every element of the page.
 */
export function hasAttrWord(el: Element, words: ReadonlySet<string>): boolean {
  for (const w of names(el).lookups) if (words.has(w)) return true;
  return false;
}

const tokenPatterns = new WeakMap<RegExp, RegExp>();

/**
 * One of the element's class names matches `name`, a pattern for one whole
 * name (^…$ with no white space inside). The class attribute is tested as it
 * is, against the pattern turned into one for a name between spaces: no
 * splitting, no array for every element of the page.
 */
export function hasClassName(el: Element, name: RegExp): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  let inList = tokenPatterns.get(name);
  if (!inList) {
    if (!name.source.startsWith('^') || !name.source.endsWith('$')) throw new Error(`not a whole-name pattern: ${name}`);
    inList = new RegExp(`(?:^|\\s)(?:${name.source.slice(1, -1)})(?=\\s|$)`, name.flags.replace('g', ''));
    tokenPatterns.set(name, inList);
  }
  return inList.test(cls);
}
