import { describe, expect, it } from 'vitest';
import { unevaluated } from '../../bench/quality/failed.js';
import { formatReport, summarize } from '../../bench/quality/report.js';
import { scoreSnippets } from '../../bench/quality/snippets.js';
import type { ExtractorPage, PageResult } from '../../bench/quality/types.js';

const page = (over: Partial<ExtractorPage> = {}): ExtractorPage => ({
  ok: true, chars: 10, junk: [], dups: { all: [], unexplained: [] }, ...over,
});
const gt = { url: 'https://example.test/a', with: ['kept sentence', 'other sentence'], without: ['boilerplate'] };

describe('bench report aggregation', () => {
  const results: PageResult[] = [
    {
      set: 'snippets', name: 'b.html', judged: true, domain: 'example.test',
      plain: page({ snippets: scoreSnippets('kept sentence boilerplate', gt), junk: [{ kind: 'ad-label', line: 'Advertisement' }] }),
      ours: page({ snippets: scoreSnippets('kept sentence other sentence', gt), removals: 3 }),
    },
    unevaluated({ set: 'snippets', name: 'a.html', file: '/x', url: '', gt, domain: 'example.test' }, 'load failed: boom'),
    {
      set: 'readability', name: 'r1', judged: false, domain: 'readability:r1',
      plain: page({ retention: { expected: 10, covered: 0, found: 10, total: 10, lostParagraphs: [] } }),
      ours: page({
        retention: { expected: 10, covered: 2, found: 6, total: 8, lostParagraphs: ['lost one'] },
        dups: { all: ['x'.repeat(40)], unexplained: ['x'.repeat(40)] },
      }),
    },
  ];

  it('sums snippet counts over judged pages, failed pages included as empty text', () => {
    const s = summarize('/corpus', results);
    expect(s.pages).toMatchObject({ snippets: 2, judged: 2, readability: 1 });
    expect(s.extractors.plain.snippets).toMatchObject({ tp: 1, fn: 3, fp: 1 });
    expect(s.extractors.ours.snippets).toMatchObject({ tp: 2, fn: 2, fp: 0 });
    expect(s.extractors.ours.failed.count).toBe(1);
    expect(s.extractors.ours.failed.pages[0]!.page).toBe('snippets/a.html');
  });

  it('counts junk, duplicates and micro-averaged retention per extractor', () => {
    const s = summarize('/corpus', results);
    expect(s.extractors.plain.junk['ad-label']).toBe(1);
    expect(s.extractors.plain.junk.total).toBe(1);
    expect(s.extractors.ours.duplicates).toMatchObject({ pages: 1, paragraphs: 1, pagesAll: 1 });
    expect(s.extractors.ours.retention).toMatchObject({ found: 6, total: 8, recall: 0.75 });
    expect(s.extractors.ours.retention.worst[0]).toMatchObject({ page: 'r1', lost: ['lost one'] });
    expect(s.extractors.plain.retention.worst).toEqual([]);
    expect(s.extractors.ours.removals).toBe(3);
  });

  it('prints both columns side by side', () => {
    const text = formatReport(summarize('/corpus', results), { elapsedMs: 1234 });
    expect(text).toMatch(/Readability 0\.6\.0\s+Sift \(ours\)/);
    expect(text).toMatch(/F1\s+0\.333\s+0\.667/);
    expect(text).toContain('Elapsed 1.2 s');
  });
});
