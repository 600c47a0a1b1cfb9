import { describe, expect, it } from 'vitest';
import { cutRemovals, paragraphShingles, retention, wholeWordIndex } from '../../bench/quality/retention.js';

describe('bench retention shingles', () => {
  it('makes word 5-shingles per paragraph, lower-cased, and one shingle for short paragraphs', () => {
    expect(paragraphShingles('One Two three four five six')).toEqual(['one two three four five', 'two three four five six']);
    expect(paragraphShingles('  Photo  ')).toEqual(['photo']);
    expect(paragraphShingles('')).toEqual([]);
  });

  it('is 1 when the output keeps everything', () => {
    const exp = ['The first paragraph has enough words in it.', 'Short line'];
    const r = retention(exp, [...exp]);
    expect(r.found).toBe(r.total);
    expect(r.total).toBe(4 + 1);
  });

  it('counts lost text against recall and reports the paragraph', () => {
    const exp = ['Alpha beta gamma delta epsilon zeta.', 'This whole paragraph went missing somehow.'];
    const r = retention(exp, [exp[0]!]);
    expect(r.found).toBe(2);
    expect(r.total).toBe(4);
    expect(r.lostParagraphs).toEqual(['this whole paragraph went missing somehow.']);
  });

  it('does not count what our removals log accounts for', () => {
    const exp = ['Alpha beta gamma delta epsilon zeta.', 'Advertisement', 'A caption for the photo info_icon'];
    const out = ['Alpha beta gamma delta epsilon zeta.', 'A caption for the photo'];
    const r = retention(exp, out, ['Advertisement', 'info_icon']);
    expect(r.found).toBe(r.total);
    expect(r.covered).toBeGreaterThan(0);
  });

  it('covers paragraphs removed together as one block', () => {
    const exp = ['Story text that stays in the article.', 'Share', 'Tweet', 'Related stories about something else entirely here'];
    const r = retention(exp, [exp[0]!], ['Share Tweet', 'Related stories about something else entirely here and more']);
    expect(r.found).toBe(r.total);
  });

  it('cuts a truncated removal to the end of its paragraph', () => {
    const { paragraphs } = cutRemovals(['Keep this. Then a long promo text that goes on'], ['Then a long promo…']);
    expect(paragraphs).toEqual(['keep this.']);
  });

  it('ignores placeholder removals like [iframe] and matches whole words only', () => {
    expect(cutRemovals(['a b'], ['[iframe]']).rest).toEqual([]);
    expect(wholeWordIndex('shared items', 'share')).toBe(-1);
    expect(wholeWordIndex('please share it', 'share')).toBe(7);
  });
});
