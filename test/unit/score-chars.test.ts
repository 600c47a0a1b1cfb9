import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classesOf, LATIN, UNICODE } from '../../src/core/score/chars.js';
import { headlineKey } from '../../src/core/text.js';

/** Characters a pattern matches, by what removing them takes away (as features.ts counts). */
const count = (s: string, re: RegExp) => s.length - s.replace(re, '').length;
const words = (s: string, re: RegExp) => s.match(re) ?? [];

/** Every character the Latin classes stand for: Latin-1 and General Punctuation. */
const LATIN_CHARS = [...Array.from({ length: 0x100 }, (_, i) => i), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)]
  .map((c) => String.fromCharCode(c));

// The model was trained on features counted with the property classes: the fast ones must count the same, exactly.
describe('the scorer\'s Latin character classes', () => {
  it('match exactly what the Unicode property classes match, character by character', () => {
    for (const c of LATIN_CHARS) {
      expect(classesOf(c), c).toBe(LATIN);
      expect(count(c, LATIN.letter), c).toBe(count(c, /\p{L}/gu));
      expect(count(c, LATIN.upper), c).toBe(count(c, /\p{Lu}/gu));
      expect(count(c, LATIN.digit), c).toBe(count(c, /\p{N}/gu));
      expect(words(c, LATIN.word), c).toEqual(words(c, /[\p{L}\p{N}]+/gu));
    }
  });

  it('are not used for a line with any other character', () => {
    for (const c of ['\u0100', '\u0391', '\u0430', '\u1E9E', '\u1FFF', '\u2070', '\u2071', '\u20AC', '\u3000', '\uFEFF', '\uD835', '𝐀', '中']) {
      expect(classesOf(`Plain text ${c}`), c).toBe(UNICODE);
    }
  });

  const latinLine = fc.string({ unit: fc.constantFrom(...LATIN_CHARS), maxLength: 80 });

  it('count and split whole lines as the property classes do', () => {
    fc.assert(fc.property(latinLine, (s) => {
      for (const k of ['letter', 'upper', 'digit'] as const) expect(count(s, LATIN[k])).toBe(count(s, UNICODE[k]));
      expect(words(s, LATIN.word)).toEqual(words(s, UNICODE.word));
    }), { numRuns: 5000 });
  });

  it('give a Latin line\'s words lower-cased one by one as lower-casing the line gives them, and a headline key no shorter than its letters and digits', () => {
    fc.assert(fc.property(latinLine, (s) => {
      expect(words(s, LATIN.word).map((w) => w.toLowerCase())).toEqual(words(s.toLowerCase(), UNICODE.word));
      expect(headlineKey(s).length).toBeGreaterThanOrEqual(count(s, LATIN.letter) + count(s, LATIN.digit));
    }), { numRuns: 5000 });
    for (const c of LATIN_CHARS) expect(headlineKey(c).length, c).toBeGreaterThanOrEqual(count(c, LATIN.letter) + count(c, LATIN.digit));
  });
});

describe('counting the scorer\'s classes', () => {
  const anyLine = fc.string({ unit: 'binary', maxLength: 80 });

  it('by runs takes away what single characters do, in any script, lone surrogates included', () => {
    const single: Record<'letter' | 'upper' | 'digit', RegExp> = { letter: /\p{L}/gu, upper: /\p{Lu}/gu, digit: /\p{N}/gu };
    fc.assert(fc.property(anyLine, (s) => {
      for (const k of ['letter', 'upper', 'digit'] as const) expect(count(s, UNICODE[k])).toBe(count(s, single[k]));
    }), { numRuns: 5000 });
  });

  it('leaves punctuation as what is neither letter, number nor white space', () => {
    fc.assert(fc.property(anyLine, (s) => {
      expect(s.length - count(s, UNICODE.letter) - count(s, UNICODE.digit) - count(s, /\s+/g)).toBe(count(s, /[^\p{L}\p{N}\s]/gu));
    }), { numRuns: 5000 });
  });
});
