/**
 * Class and id names split into lower-case words at -, _, spaces and camelCase
 * humps, so `adSlot`, `ad-slot` and `ad_slot` all read as {ad, slot} while
 * `shadow`, `header` or `download` never contain the word "ad". Several steps
 * ask about the same elements, so each element's words are worked out once.
 */
const cache = new WeakMap<Element, readonly string[]>();
const NONE: readonly string[] = [];
/**
 * Words by the class and id text they come from: a page repeats the same
 * class list on hundreds of elements (menu items, grid columns). Emptied when
 * it grows large, so reading many pages in one process does not hoard them.
 */
const byText = new Map<string, readonly string[]>();
const MAX_TEXTS = 5000;

/**
 * Parts of class names that a build tool or a page builder generated, which
 * are no words: a CSS-modules hash after a double underscore
 * (`AccordionTextItem_item__adF2E`), a hex id with digits and the short hex
 * parts after it (`kadence-column74_975ada-ad`, `kt-adv-heading2368_1cfd60-13`).
 * Read as words, their "ad" made an FAQ's answers ad slots (edx.org, wcxb-dev).
 */
const MODULE_HASH = /__(?=[a-z]*[A-Z0-9])[A-Za-z0-9-]{5}(?=\s|$)/g;
const HEX_ID = /(?<=^|[\s_-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}(?:-[0-9a-f]{1,4})*(?=$|[\s_-])/g;

function withoutGenerated(text: string): string {
  return text.replace(MODULE_HASH, ' ').replace(HEX_ID, ' ');
}

export function attrWords(el: Element): readonly string[] {
  let words = cache.get(el);
  if (words) return words;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) {
    words = NONE;
  } else {
    const both = `${cls ?? ''} ${id ?? ''}`;
    words = byText.get(both);
    if (!words) {
      words = withoutGenerated(both).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      if (byText.size >= MAX_TEXTS) byText.clear();
      byText.set(both, words);
    }
  }
  cache.set(el, words);
  return words;
}

/** Every way to cut each word of a set in two: adslot → a|dslot, ad|slot, … */
const splitsOf = new WeakMap<ReadonlySet<string>, Map<string, Set<string>>>();

function splits(words: ReadonlySet<string>): Map<string, Set<string>> {
  let map = splitsOf.get(words);
  if (map) return map;
  map = new Map();
  for (const w of words) {
    for (let i = 1; i < w.length; i++) {
      const head = w.slice(0, i);
      let tails = map.get(head);
      if (!tails) map.set(head, (tails = new Set()));
      tails.add(w.slice(i));
    }
  }
  splitsOf.set(words, map);
  return map;
}

/**
 * The element's class and id words include one of `words` (or two neighbours
 * joined, e.g. ad+slot → adslot). Half a dozen steps ask this of every element
 * of the page, so a joined pair is looked up by its halves, not built as a
 * string: no allocation per element and step.
 */
export function hasAttrWord(el: Element, words: ReadonlySet<string>): boolean {
  const parts = attrWords(el);
  if (!parts.length) return false;
  const halves = splits(words);
  for (let i = 0; i < parts.length; i++) {
    if (words.has(parts[i]!)) return true;
    if (i + 1 < parts.length && halves.get(parts[i]!)?.has(parts[i + 1]!)) return true;
  }
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
