import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse } from '../../src/core/text.js';

describe('collapse', () => {
  it('turns every white-space run into one space, as /\\s+/g would, and drops control characters', () => {
    const unit = fc.constantFrom(' ', '  ', '\n', '\t', '\r', '\f', '\u00a0', '\u2003', '\u3000', '\u200b', '\u00ad', '\u0007', 'a', 'é');
    fc.assert(fc.property(fc.string({ unit }), (s) => {
      // eslint-disable-next-line no-control-regex
      const expected = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD]/g, '').replace(/\s+/g, ' ').trim();
      expect(collapse(s)).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('hands back a line already in shape as it is', () => {
    expect(collapse('One line, tidy.')).toBe('One line, tidy.');
    expect(collapse(' a\u00a0 b\n')).toBe('a b');
  });
});
