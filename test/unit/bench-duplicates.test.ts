import { describe, expect, it } from 'vitest';
import { countOccurrences, duplicatedParagraphs, findDuplicates } from '../../bench/quality/duplicates.js';

const P = 'The river rose four metres overnight and flooded the old town.';
const Q = 'Residents were told to move to higher ground before midnight.';

describe('bench duplicate paragraphs', () => {
  it('finds paragraphs of 40+ characters that occur twice, white space collapsed', () => {
    expect(duplicatedParagraphs(`${P}\n\n${Q}\n\n${P.replace(/ /g, '  ')}`)).toEqual([P]);
  });

  it('ignores short repeated lines', () => {
    expect(duplicatedParagraphs('Advertisement\n\nSome text here.\n\nAdvertisement')).toEqual([]);
  });

  it('counts a duplicate only when the page shows the paragraph at most once', () => {
    const out = `${P}\n\n${Q}\n\n${P}\n\n${Q}`;
    const source = `Header ${P} more ${Q} and ${Q} footer`; // the page itself repeats Q
    const r = findDuplicates(out, source);
    expect(r.all).toEqual([P, Q]);
    expect(r.unexplained).toEqual([P]);
  });

  it('counts non-overlapping occurrences', () => {
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
    expect(countOccurrences('x y x y x', 'x', 2)).toBe(2);
  });
});

describe('bench duplicate paragraphs and code', () => {
  it('reads a paragraph as a blank-line separated block, so repeated code lines inside one block do not count', () => {
    const code = 'FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;\nSELECT 1;\nFROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;';
    expect(duplicatedParagraphs(`Intro paragraph.\n\n${code}\n\nOutro paragraph.`)).toEqual([]);
  });
});
