import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/core/index.js';
import { loadPage } from '../../src/cli/load.js';
import { SAMPLE_PAGE } from '../../src/cli/main.js';
import { FIXTURES_DIR, fixtureNames } from '../fixtures.js';

function dom(html: string, url = 'https://example.org/a') {
  const d = new JSDOM(html, { url });
  return { doc: d.window.document, win: d.window as unknown as Window & typeof globalThis };
}

const pages = [SAMPLE_PAGE, ...fixtureNames().map((n) => join(FIXTURES_DIR, n, 'source.html'))];

describe('readPage never mutates its input', () => {
  for (const file of pages) {
    it(file.split('/').slice(-2).join('/'), async () => {
      const page = await loadPage(file);
      try {
        const before = page.document.documentElement.outerHTML;
        const nodes = page.document.getElementsByTagName('*').length;
        const result = readPage(page.document, { force: true, window: page.window });
        expect(result.ok).toBe(true);
        expect(page.document.getElementsByTagName('*').length).toBe(nodes);
        expect(page.document.documentElement.outerHTML).toBe(before);
      } finally {
        page.close();
      }
    });
  }
});

describe('readPage results', () => {
  it('keeps soft hyphens out of the text but in the html, and still marks a quote that holds one', () => {
    const para = (s: string) => `<p>${s}</p>`;
    const body = [
      'The council met for eleven hours on Tuesday and voted to build the barrier across the old harbour mouth.',
      '“We have waited long enough for this deci\u00adsion,” said Mayor Ana Costa after the vote in the town hall.',
      'Work on the steel gates is due to begin next spring, once the contracts with the builders are signed.',
      'Residents of the lower town, whose houses flooded three times in five winters, cheered in the gallery.',
    ].map(para).join('');
    const { doc, win } = dom(`<!DOCTYPE html><html><head><title>Barrier</title></head><body><article><h1>Barrier</h1>${body}</article></body></html>`);
    const r = readPage(doc, { force: true, window: win });
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).not.toContain('\u00ad');
    expect(r.text).toContain('for this decision,');
    expect(r.html).toContain('deci\u00adsion');
    const quote = r.highlights.find((h) => h.text.includes('decision'));
    expect(quote?.speaker).toBe('Mayor Ana Costa');
    expect(r.html).toMatch(/<mark data-sift-highlight="\d+">[^<]*deci\u00adsion/);
  });

  it('returns metadata, sanitized html and text with blank lines between paragraphs', async () => {
    const page = await loadPage(SAMPLE_PAGE);
    const r = readPage(page.document, { window: page.window, url: page.url });
    page.close();
    if (!r.ok) throw new Error(r.reason);
    expect(r.title).toBe('Harbour City Council Approves Flood Barrier After Marathon Session');
    expect(r.siteName).toBe('The Example Courier');
    expect(r.byline).toBe('Priya Natarajan');
    expect(r.lang).toBe('en');
    expect(r.dir).toBe('ltr');
    expect(r.publishedTime).toBe('2026-11-20T09:30:00Z');
    expect(r.leadImage).toBe('https://news.example.org/images/barrier.jpg');
    expect(r.text).toMatch(/referendums\. The vote came/);
    expect(r.text.split('\n\n').length).toBeGreaterThan(5);
    expect(r.text).not.toMatch(/\n{3}/);
    expect(r.html).not.toMatch(/<script|class=|style=/i);
    expect(r.html).toContain('src="https://news.example.org/images/barrier.jpg"');
    expect(Array.isArray(r.removals)).toBe(true);
    expect(Array.isArray(r.highlights)).toBe(true);
    expect(r.stats.words).toBeGreaterThan(300);
    expect(r.stats.readingMinutes).toBeGreaterThanOrEqual(1);
    for (const k of ['extract', 'clean', 'highlight', 'total'] as const) {
      expect(r.stats.timingsMs[k]).toBeGreaterThanOrEqual(0);
    }
  });

  it('says why when a page is not an article, and reads it anyway when forced', async () => {
    const page = await loadPage(join(FIXTURES_DIR, 'non-article--link-list', 'source.html'));
    const r = readPage(page.document, { window: page.window });
    page.close();
    expect(r).toMatchObject({ ok: false, code: 'not-article' });
    expect(!r.ok && r.reason).toMatch(/article/);
  });

  it('reports an empty page instead of throwing', () => {
    const { doc, win } = dom('<!doctype html><html><body></body></html>');
    expect(readPage(doc, { window: win, force: true })).toMatchObject({ ok: false });
    const bare = new JSDOM('').window.document;
    bare.removeChild(bare.documentElement);
    expect(readPage(bare, { force: true })).toMatchObject({ ok: false, code: 'empty' });
  });

  it('refuses pages over the element budget', () => {
    const { doc, win } = dom(`<body>${'<p>word</p>'.repeat(500)}</body>`);
    expect(readPage(doc, { window: win, maxElements: 100 })).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('turns an exception inside the pipeline into a reason', () => {
    const { doc } = dom('<body><p>x</p></body>');
    const broken = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'cloneNode') throw new Error('boom');
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    expect(readPage(broken, { force: true })).toMatchObject({ ok: false, code: 'error' });
  });

  it('resolves relative links against options.url', () => {
    const para = '<p>Some long paragraph text that goes on, and on, and on, with enough words to count. </p>'.repeat(6);
    const { doc, win } = dom(`<body><article>${para}<p><a href="/next">next</a> and <img src="pic.jpg"></p></article></body>`, 'about:blank');
    const r = readPage(doc, { window: win, force: true, url: 'https://news.example.com/a/b.html' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.html).toContain('href="https://news.example.com/next"');
    expect(r.html).toContain('src="https://news.example.com/a/pic.jpg"');
    expect(r.url).toBe('https://news.example.com/a/b.html');
  });
});
