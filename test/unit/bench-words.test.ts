import { describe, expect, it } from 'vitest';
import { siteOf } from '../../bench/quality/corpus.js';
import { meanScores, scoreWords, words } from '../../bench/quality/words.js';
import { refusals, wcxbSummary } from '../../bench/quality/wcxb.js';
import type { ExtractorPage, PageResult } from '../../bench/quality/types.js';

describe('WCXB word metric', () => {
  it('takes \\w+ runs of the lowercased text, Unicode letters and digits included', () => {
    expect(words("Ünïcode ½ naïve_x 3.14 l'été — x²")).toEqual(['ünïcode', '½', 'naïve_x', '3', '14', 'l', 'été', 'x²']);
  });

  it('scores the multiset overlap of the two bags of words', () => {
    // predicted: a a b c (4), reference: a b b d (4); overlap a:1 b:1 = 2
    const s = scoreWords('A a b c', 'a b b d');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
  });

  it('scores an empty prediction 0 and averages per page', () => {
    expect(scoreWords('', 'some words')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scoreWords('same text', 'same text').f1).toBe(1);
    expect(meanScores([scoreWords('', 'x'), scoreWords('x', 'x')])).toMatchObject({ f1: 0.5, pages: 2 });
  });

  it('names a page\'s site by its host without www.', () => {
    expect(siteOf('https://www.Example.com/a?b')).toBe('example.com');
    expect(siteOf('https://forum.example.com/t/1')).toBe('forum.example.com');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('wcxb summary and refusals', () => {
  const e = (over: Partial<ExtractorPage> = {}): ExtractorPage => ({ ok: true, chars: 1, junk: [], dups: { all: [], unexplained: [] }, ...over });
  const r = (name: string, type: string, f1: number, refused = false): PageResult => ({
    set: 'wcxb', name, judged: false, domain: name, type,
    plain: e({ words: { precision: f1, recall: f1, f1 } }),
    ours: e({ words: { precision: f1, recall: f1, f1 }, ...(refused ? { refused, ok: false } : {}) }),
  });
  const results = [r('1', 'article', 1), r('2', 'article', 0, true), r('3', 'listing', 0, true), r('4', 'forum', 0.5)];

  it('averages per type and overall', () => {
    const s = wcxbSummary(results, (x) => x.ours);
    expect(s.all.f1).toBe(0.375);
    expect(s.byType.article).toMatchObject({ f1: 0.5, pages: 2 });
    expect(s.byType.forum).toMatchObject({ f1: 0.5, pages: 1 });
  });

  it('counts refusals apart on pages that hold a text and on the others', () => {
    const s = refusals(results, () => undefined);
    expect(s.textPages.wcxb).toEqual({ refused: 1, pages: 3, examples: ['2'] });
    expect(s.otherTypes.listing).toEqual({ refused: 1, pages: 1 });
  });
});
