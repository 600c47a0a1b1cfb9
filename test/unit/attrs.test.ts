import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasAttrWord, hasClassName } from '../../src/core/clean/attrs.js';
import { ICON_CLASS, VISUALLY_HIDDEN_CLASS } from '../../src/core/rules.js';

const { document } = new JSDOM('').window;

function withClass(cls: string): Element {
  const el = document.createElement('span');
  el.setAttribute('class', cls);
  return el;
}

describe('hasClassName', () => {
  it('matches exactly when one class name, split at white space, matches the whole-name pattern', () => {
    const name = fc.constantFrom('fa', 'fa-info', 'icon', 'my-icon', 'iconic', 'sr-only', 'sr-only-x', 'x-sr-only', 'material-icons', 'bi', 'bio', 'a');
    const gap = fc.constantFrom(' ', '  ', '\n', '\t');
    const cls = fc.array(fc.tuple(name, gap), { maxLength: 5 }).map((parts) => parts.map(([n, g]) => n + g).join(''));
    fc.assert(fc.property(cls, fc.constantFrom(ICON_CLASS, VISUALLY_HIDDEN_CLASS), (c, re) => {
      const split = c.split(/\s+/).filter(Boolean).some((t) => re.test(t));
      expect(hasClassName(withClass(c), re)).toBe(split);
    }), { numRuns: 2000 });
  });

  it('refuses a pattern that is not for one whole name', () => {
    expect(() => hasClassName(withClass('icon'), /icon/)).toThrow();
  });
});

describe('hasAttrWord', () => {
  it('does not read generated hashes as words: a CSS-modules hash, a hex id and its short tail', () => {
    const words = new Set(['ad']);
    expect(hasAttrWord(withClass('FaqItem_item__adF2E'), words)).toBe(false);
    expect(hasAttrWord(withClass('builder-column column74_975ada-ad'), words)).toBe(false);
    expect(hasAttrWord(withClass('dfp-ad-1a2b3c'), words)).toBe(true);
    expect(hasAttrWord(withClass('card__ad'), words)).toBe(true);
    expect(hasAttrWord(withClass('ad-300x250'), words)).toBe(true);
  });

  it('reads class and id as words, and two neighbours joined', () => {
    const words = new Set(['ad', 'adslot']);
    expect(hasAttrWord(withClass('ad-slot'), words)).toBe(true);
    expect(hasAttrWord(withClass('adSlot'), words)).toBe(true);
    expect(hasAttrWord(withClass('shadow header'), words)).toBe(false);
  });

  it('finds a joined pair by its halves exactly when the joined string is in the set', () => {
    const words = new Set(['ad', 'adslot', 'sharebar', 'newsletter', 'paywall']);
    const part = fc.constantFrom('ad', 'slot', 'share', 'bar', 'news', 'letter', 'pay', 'wall', 'a', 'dslot', 'x');
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
      const joined = parts.some((p, i) => words.has(p) || (i + 1 < parts.length && words.has(p + parts[i + 1]!)));
      expect(hasAttrWord(withClass(parts.join('-')), words)).toBe(joined);
    }), { numRuns: 1000 });
  });
});
