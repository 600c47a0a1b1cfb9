import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/core/index.js';
import { TRACKING_PIXEL_SRC } from '../../src/core/rules.js';
import { sanitizeHtml } from '../../src/core/result/sanitize.js';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const LAZY = 'loading="lazy" decoding="async" referrerpolicy="no-referrer"';

/** One pixel as each network serves it, in TRACKING_PIXEL_SRC's order. */
const PIXELS = [
  'https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1',
  'https://www.google-analytics.com/collect?v=1&tid=UA-1-1&t=pageview',
  'https://www.google-analytics.com/r/collect?v=1&t=pageview',
  'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC',
  'https://pixel.wp.com/g.gif?blog=123&post=456',
  'https://sb.scorecardresearch.com/p?c1=2&c2=6035250&cv=2.0&cj=1',
  'https://b.scorecardresearch.com/b?c1=2&c2=6035250',
  'https://pixel.quantserve.com/pixel/p-abcdef.gif',
  'https://ad.doubleclick.net/ddm/trackimp/N1234.5678/B9;dc_trk_aid=1',
  'https://bat.bing.com/action/0?ti=12345&Ver=2',
  'https://t.co/i/adsct?txn_id=abc&p_id=Twitter',
  'https://stats.news.example/count/pixel.gif?page=42',
];

const img = (attrs: string) => sanitizeHtml(`<p>Text <img ${attrs}></p>`, win);

describe('images in the sanitizer', () => {
  it('loads every kept image lazily, asynchronously and without a referrer, src unchanged', () => {
    const src = 'https://img.news.example/2026/harbour.jpg?w=1200&amp;q=80';
    // Width and height stay, so the reader reserves the picture's space before it loads.
    expect(img(`src="${src}" alt="The harbour" width="1200" height="800" loading="eager"`))
      .toBe(`<p>Text <img src="${src}" alt="The harbour" width="1200" height="800" ${LAZY}></p>`);
  });

  it('gives the same html when sanitized twice (the reader checks it again)', () => {
    const once = img('src="https://img.news.example/a.jpg" alt=""');
    expect(sanitizeHtml(once, win)).toBe(once);
  });

  it.each(['width="1" height="1"', 'width="0"', 'height="2"', 'width="1px" height="300"', 'width=" 1.0 "'])(
    'drops a pixel by its size: %s',
    (size) => expect(img(`src="https://img.news.example/a.gif" ${size}`)).toBe('<p>Text </p>'),
  );

  it.each(['width="3" height="3"', 'width="12"', 'width="100%"', 'width="20" height="10"'])(
    'keeps a small image that is not a pixel: %s',
    (size) => expect(img(`src="https://img.news.example/a.gif" ${size}`)).toContain('<img'),
  );

  it('has a sample for every tracker pattern', () => {
    expect(PIXELS).toHaveLength(TRACKING_PIXEL_SRC.length);
    TRACKING_PIXEL_SRC.forEach((re, i) => expect(re.test(PIXELS[i]!), String(re)).toBe(true));
  });

  it.each(PIXELS)('drops a tracking pixel: %s', (src) => {
    expect(img(`src="${src.replace(/&/g, '&amp;')}" alt=""`)).toBe('<p>Text </p>');
  });

  it.each([
    'https://www.facebook.com/trending/photo.jpg',
    'https://evilfacebook.com/tr?id=1',
    'https://facebook.com.cdn.example/tr',
    'https://img.news.example/pixel.gif.jpg',
    'https://t.co/media/abc.jpg',
    'https://news.example/photos/doubleclick.net.jpg',
  ])('keeps an image that only looks like a tracker: %s', (src) => {
    expect(img(`src="${src}" alt=""`)).toBe(`<p>Text <img src="${src}" alt="" ${LAZY}></p>`);
  });

  it('drops a tracker the cleanup let through from readPage html', () => {
    const para = 'The ferry company said on Monday that the night crossing would run again from June, after two years.';
    const { window: w } = new JSDOM(`<html><body><article><h1>Ferry</h1><p>${para}</p>`
      + `<p>${para.replace('Monday', 'Friday')}<img src="${PIXELS[0]!.replace(/&/g, '&amp;')}" alt=""></p>`
      + '<p><img src="https://img.news.example/ferry.jpg" alt="The ferry" width="800" height="500"></p></article></body></html>',
    { url: 'https://news.example/ferry' });
    const r = readPage(w.document, { force: true, window: w as unknown as Window & typeof globalThis });
    expect(r.ok && r.html).not.toContain('facebook.com');
    expect(r.ok && r.html).toContain(`<img src="https://img.news.example/ferry.jpg" alt="The ferry" width="800" height="500" ${LAZY}>`);
  });
});

describe('attribute values without a URL scheme', () => {
  const { window: w } = new JSDOM('');
  const clean = (html: string) => sanitizeHtml(html, w as unknown as Window & typeof globalThis);

  it('keep table spans, dates and directions; lose only dangerous schemes', () => {
    expect(clean('<table><tr><td colspan="2" rowspan="3">x</td></tr></table>')).toContain('colspan="2" rowspan="3"');
    expect(clean('<time datetime="2026-11-20">20 Nov</time>')).toContain('datetime="2026-11-20"');
    expect(clean('<p dir="rtl" lang="ar">نص</p>')).toBe('<p dir="rtl" lang="ar">نص</p>');
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'vbscript:x', 'data:text/html,x']) {
      expect(clean(`<a href="${href}">x</a>`), href).toBe('<a>x</a>');
    }
  });

  it('keep in-page #fragments in the reader and open other links outside it', () => {
    expect(clean('<a href="#note-1">1</a>')).toBe('<a href="#note-1">1</a>');
    expect(clean('<a href="https://example.org/">e</a>')).toBe('<a href="https://example.org/" target="_blank" rel="noopener noreferrer">e</a>');
  });
});
