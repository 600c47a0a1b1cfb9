import { describe, expect, it } from 'vitest';
import type { BrowserPage } from '../../bench/quality/browser.js';
import { causeOf, compare, pairPages } from '../../bench/quality/compare.js';
import { formatComparison } from '../../bench/quality/compare-report.js';
import { readingOf, type PageReading } from '../../bench/quality/reading.js';
import type { PageTask } from '../../bench/quality/types.js';
import type { ReadResult } from '../../src/core/types.js';

const MAIN = 'The Headline\n\nthe story itself in a few plain words';
const STORY = 'the story itself in a few plain words';

const task = (name: string, type: string): PageTask =>
  ({ set: 'wcxb', name, file: `/c/${name}.html.gz`, url: '', domain: name, wcxb: { type, mainContent: MAIN } });

const jsdom = (name: string, text: string, reason?: string): PageReading =>
  (reason ? { name, ok: false, title: '', text: '', reason } : { name, ok: true, title: 'The Headline', text });

const chromium = (name: string, over: Partial<BrowserPage> = {}): BrowserPage =>
  ({ name, ok: true, title: 'The Headline', text: STORY, scriptErrors: [], blockedNavigations: 0, loaded: true, settleMs: 300, ...over });

const tasks = [task('1', 'article'), task('2', 'forum'), task('3', 'forum'), task('4', 'article'), task('5', 'product')];
const fromJsdom = [
  jsdom('1', STORY),
  jsdom('2', '', 'empty: This page holds no text to read.'), // a script shell: its saved HTML holds no text
  jsdom('3', STORY),
  jsdom('4', '', 'evaluation failed: boom'),
  jsdom('5', 'the story'),
];
const fromChromium = [
  chromium('1'),
  chromium('2', { scriptErrors: ['TypeError: x is undefined'] }), // its script drew the thread
  chromium('3', { ok: false, title: '', text: '', failure: 'the page took over 40000 ms', blockedNavigations: 1 }),
  chromium('4', { text: `${STORY} and a cookie wall` }),
  // '5' never came back
];
/** The differing pages read again without scripts: 2 reads as under jsdom, 4 as with scripts. */
const withoutScripts = [chromium('2', { ok: false, title: '', text: '', reason: 'empty: …' }), chromium('4', { text: `${STORY} and a cookie wall` })];

describe('bench:quality --browser: readings', () => {
  const result = (over: object) => ({ ok: false, url: '', code: 'too-large', reason: 'This page is too large to read.',
    stats: { timingsMs: { extract: 0, clean: 0, highlight: 0, total: 61_234 } }, ...over }) as ReadResult;

  it('keep a refusal\'s code and reason, and the time taken when "too large" may mean out of time', () => {
    expect(readingOf(result({}))).toEqual({ ok: false, title: '', text: '', reason: 'too-large: This page is too large to read. (after 61.2 s)' });
    expect(readingOf(result({ code: 'not-article', reason: 'No.' })).reason).toBe('not-article: No.');
  });
});

describe('bench:quality --browser: jsdom and Chromium paired', () => {
  const pairs = pairPages(tasks, fromJsdom, fromChromium, withoutScripts);

  it('pairs every page with its two readings, scored as a reader sees them', () => {
    expect(pairs.map((p) => [p.name, p.type])).toEqual([['1', 'article'], ['2', 'forum'], ['3', 'forum'], ['4', 'article'], ['5', 'product']]);
    expect(pairs[0]!.jsdom.words.f1).toBe(1);
    expect(pairs[0]!.chromium.words.f1).toBe(1);
    expect(pairs[1]!.jsdom).toMatchObject({ ok: false, reason: 'empty: This page holds no text to read.', words: { f1: 0 }, chars: 0 });
    expect(pairs[1]!.chromium).toMatchObject({ ok: true, scriptErrors: 1, words: { f1: 1 }, chars: STORY.length });
    expect(pairs[3]!.jsdom).toMatchObject({ ok: false, reason: 'evaluation failed: boom', words: { f1: 0 } });
    expect(pairs[3]!.chromium.words.precision).toBeLessThan(1);
  });

  it('reads a page the harness failed on, or never heard back from, as no article, and says why', () => {
    expect(pairs[2]!.chromium).toMatchObject({ ok: false, failure: 'the page took over 40000 ms', reason: 'the page took over 40000 ms',
      blockedNavigations: 1, words: { f1: 0 } });
    expect(pairs[4]!.chromium).toMatchObject({ ok: false, failure: 'not evaluated', words: { f1: 0 } });
  });

  it('tells what made a difference from the reading without scripts', () => {
    expect(causeOf(0, 1, 0)).toBe('scripts');
    expect(causeOf(0, 1, 1)).toBe('chromium');
    expect(causeOf(0, 1, 0.5)).toBe('both');
    expect(pairs[1]!.withoutScripts).toEqual({ f1: 0, cause: 'scripts' });
    expect(pairs[3]!.withoutScripts?.cause).toBe('chromium');
    expect(pairs[0]!.withoutScripts).toBeUndefined();
  });

  it('sums both sides per type, splits the gap by cause and lists the largest differences each way', () => {
    const c = compare(pairs, 1);
    expect(c.pages).toBe(5);
    expect(c.jsdom.byType.forum).toMatchObject({ pages: 2, f1: 0.5 });
    expect(c.chromium.byType.forum).toMatchObject({ pages: 2, f1: 0.5 });
    expect(c.notRead).toEqual({ jsdom: 2, chromium: 0 });
    expect(c.failures).toEqual([{ page: '3', failure: 'the page took over 40000 ms' }, { page: '5', failure: 'not evaluated' }]);
    expect(c.scriptErrorPages).toBe(1);
    expect(c.blockedNavigationPages).toBe(1);
    expect(c.counts).toEqual({ better: 2, worse: 2, same: 1 });
    expect(c.better.map((p) => p.name)).toEqual(['2']); // +1 beats page 4's gain
    expect(c.worse.map((p) => p.name)).toEqual(['3']); // −1 beats page 5's loss
    const g = c.gapByCause;
    expect(g.scripts).toEqual({ pages: 1, gap: 0.2 });
    expect(g.chromium.pages).toBe(1);
    expect(g.unknown.pages).toBe(2);
    expect(g.same).toEqual({ pages: 1, gap: 0 });
    const parts = g.scripts.gap + g.chromium.gap + g.both.gap + g.unknown.gap + g.same.gap;
    expect(parts).toBeCloseTo(c.chromium.all.f1 - c.jsdom.all.f1);
    // Over the pages Chromium read: 1, 2, 4.
    expect(c.loaded?.pages).toBe(3);
    expect(c.loaded!.jsdom.f1).toBeCloseTo(1 / 3);
  });

  it('leaves out the loaded-only figure when Chromium read every page', () => {
    expect(compare(pairs.slice(0, 2)).loaded).toBeUndefined();
  });

  it('prints both columns, the causes, the differences and the failures', () => {
    const text = formatComparison(compare(pairs), { corpus: '/c', version: '156.0.1', offered: 1497, workers: 2, jsdomMs: 60_000,
      chromiumMs: 120_000, attributionMs: 6_000, elapsedMs: 131_000 });
    expect(text).toContain('5 of 1497 wcxb-dev pages');
    expect(text).toMatch(/jsdom \(no scripts\)\s+Chromium 156 \(scripts on\)/);
    expect(text).toMatch(/ {2}forum \(2\)\s+0\.500 \/ 0\.500 \/ 0\.500\s+0\.500 \/ 0\.500 \/ 0\.500\s+±0\.000/);
    expect(text).toMatch(/ {2}the page's scripts\s+1 pages\s+\+0\.200/);
    expect(text).toContain('Chromium reads better (2 of 2;');
    expect(text).toMatch(/wcxb\/2 +forum +0\.000 → 1\.000 {2}\+1\.000 {2}\[scripts: 0\.000 without scripts\] {2}0 → 37 chars {2}\(jsdom: empty: This page holds no text to read\.; 1 script error\(s\)\)/);
    expect(text).toContain('Could not be loaded or read in Chromium (2; scored as no article):');
    expect(text).toContain('Elapsed 2.2 min: Chromium 2.0 min (one tab), beside it jsdom 1.0 min (2 workers); then the differing pages without scripts, 0.1 min');
  });
});
