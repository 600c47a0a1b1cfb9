import { describe, expect, it } from 'vitest';
import { allocate, spread, spreadByType } from '../../bench/quality/sample.js';
import type { PageTask } from '../../bench/quality/types.js';

const task = (name: string, type: string): PageTask =>
  ({ set: 'wcxb', name, file: `/c/${name}.html.gz`, url: '', domain: name, wcxb: { type, mainContent: '' } });

/** 100 articles, 20 forum pages, 5 listings, their names interleaved. */
const tasks = [
  ...Array.from({ length: 100 }, (_, i) => task(`a${String(i).padStart(3, '0')}`, 'article')),
  ...Array.from({ length: 20 }, (_, i) => task(`f${String(i).padStart(3, '0')}`, 'forum')),
  ...Array.from({ length: 5 }, (_, i) => task(`l${String(i).padStart(3, '0')}`, 'listing')),
].reverse();

const typesOf = (sample: PageTask[]) => {
  const n: Record<string, number> = {};
  for (const t of sample) n[t.wcxb!.type] = (n[t.wcxb!.type] ?? 0) + 1;
  return n;
};

describe('bench:quality --browser page sample', () => {
  it('spreads a limit evenly over a list, and takes all when the limit does not cut it', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(spread([1, 2, 3], 3)).toEqual([1, 2, 3]);
    expect(spread([1, 2, 3], undefined)).toEqual([1, 2, 3]);
    expect(spread([1, 2, 3], 0)).toEqual([]);
  });

  it('gives every type its minimum (or all it has), then the rest in proportion to what is left', () => {
    const counts = new Map([['article', 100], ['forum', 20], ['listing', 5]]);
    // 10 + 10 + 5 first; 25 left over 90 + 10 remaining pages: 22.5 and 2.5, the half to the article (a tie, by name).
    expect(Object.fromEntries(allocate(counts, 50, 10))).toEqual({ article: 33, forum: 12, listing: 5 });
    // A limit too small for every type's minimum shares what there is.
    expect(Object.fromEntries(allocate(counts, 6, 10))).toEqual({ article: 2, forum: 2, listing: 2 });
    // A limit past the corpus takes every page.
    expect(Object.fromEntries(allocate(counts, 1000, 10))).toEqual({ article: 100, forum: 20, listing: 5 });
  });

  it('samples the same pages every time, in name order, each type spread over its own pages', () => {
    const a = spreadByType(tasks, 50, 10);
    expect(a).toHaveLength(50);
    expect(typesOf(a)).toEqual({ article: 33, forum: 12, listing: 5 });
    expect(a.map((t) => t.name)).toEqual([...a.map((t) => t.name)].sort());
    expect(spreadByType([...tasks].reverse(), 50, 10).map((t) => t.name)).toEqual(a.map((t) => t.name));
    const forum = a.filter((t) => t.wcxb!.type === 'forum').map((t) => t.name);
    expect(forum[0]).toBe('f000');
    expect(forum.at(-1)).toBe('f018');
  });

  it('takes the whole corpus when asked for more', () => {
    expect(spreadByType(tasks, 500)).toHaveLength(125);
  });
});
