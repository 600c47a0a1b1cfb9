import { describe, expect, it } from 'vitest';
import { collapseWs, floorTo, prf, scoreSnippets, sumCounts } from '../../bench/quality/snippets.js';

describe('bench snippet scoring', () => {
  it('collapses white space in output and snippets before matching', () => {
    const r = scoreSnippets('The  quick\n\nbrown\tfox jumps.', { with: ['quick brown  fox', 'lazy dog'], without: ['fox\njumps', 'Cookies'] });
    expect(r).toMatchObject({ tp: 1, fn: 1, fp: 1, missed: ['lazy dog'], leaked: ['fox\njumps'] });
  });

  it('treats a paragraph break like a space (paragraphs on their own lines)', () => {
    expect(scoreSnippets('end of one.\n\nStart of two', { with: ['one. Start'], without: [] }).tp).toBe(1);
  });

  it('scores a failed extraction (empty text) as all misses', () => {
    expect(scoreSnippets('', { with: ['a', 'b'], without: ['c'] })).toMatchObject({ tp: 0, fn: 2, fp: 0 });
  });

  it('sums counts before computing precision, recall and F1 (micro average)', () => {
    const t = sumCounts([{ tp: 3, fn: 1, fp: 0 }, { tp: 1, fn: 1, fp: 2 }]);
    expect(t).toEqual({ tp: 4, fn: 2, fp: 2 });
    const s = prf(t);
    expect(s.precision).toBeCloseTo(4 / 6);
    expect(s.recall).toBeCloseTo(4 / 6);
    expect(s.f1).toBeCloseTo(4 / 6);
  });

  it('gives 0 rather than NaN when nothing was found', () => {
    expect(prf({ tp: 0, fn: 0, fp: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('rounds the floor down, not to nearest', () => {
    expect(floorTo(0.88567)).toBe(0.885);
    expect(floorTo(0.877)).toBe(0.877);
    expect(collapseWs('  a \u00a0 b\n')).toBe('a b');
  });
});
