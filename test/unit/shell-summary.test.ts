import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/core/index.js';
import { declaredSummary, shellSummary } from '../../src/core/recover/summary.js';

const POST = 'I wanted to know what range people really get from their boards. Last week I rode 20 miles on Monday '
  + 'and another 12 on Wednesday without charging. Heavy packs are a pain to carry but worth it on hills.';

function page(head: string, body: string) {
  return new JSDOM(`<!doctype html><html><head><title>Range? - Forum</title>${head}</head><body>${body}</body></html>`,
    { url: 'https://forum.example.org/t/range/1' }).window.document;
}
const og = (text: string) => `<meta property="og:description" content="${text}">`;
const menus = '<header><a href="/">Riders</a> <a href="/calc">calc</a></header><div id="outlet"></div>';

describe("a shell page is read from the summary it declares", () => {
  it('reads the summary of a page whose HTML holds only menus, and says so', () => {
    const r = readPage(page(og(POST), menus));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summaryOnly).toBe(true);
    expect(r.text).toBe(POST);
    expect(r.highlights).toEqual([]);
    expect(r.removals).toEqual([]);
  });

  it('keeps "no text" for a shell that prints nothing at all', () => {
    const r = readPage(page(og(POST), '<div id="app"></div><script>boot()</script>'));
    expect(r.ok ? 'read' : r.code).toBe('empty');
  });

  it("can be switched off by name, and then the click is refused as before", () => {
    const r = readPage(page(og(POST), menus), { disable: ['summary'] });
    expect(r.ok).toBe(false);
  });

  it('takes the longest description, its references decoded, its line breaks as paragraphs', () => {
    const doc = page(`<meta name="description" content="First line of the post, long enough to be a paragraph of its own, and a summary a reader can use.
Second line &amp;hellip;"><meta name="twitter:description" content="Short.">`, '');
    expect(declaredSummary(doc)).toBe('First line of the post, long enough to be a paragraph of its own, and a summary a reader can use.\nSecond line …');
    expect(shellSummary(doc)).toEqual(['First line of the post, long enough to be a paragraph of its own, and a summary a reader can use.', 'Second line …']);
  });

  it("keeps a shop's tagline out: too short to be a text", () => {
    expect(shellSummary(page(og('Shop the Harbour Blue Rug. Free shipping!'), menus))).toEqual([]);
  });

  it('keeps a page that prints its description, or prints much more than a shell, as it was', () => {
    expect(shellSummary(page(og(POST), `<p>${POST}</p>`))).toEqual([]);
    const links = Array.from({ length: 80 }, (_, i) => `<li><a href="/s${i}">Story number ${i} of the day</a></li>`).join('');
    const home = page(og(`${POST} The home page's own blurb.`), `<ul>${links}</ul>`);
    expect(shellSummary(home)).toEqual([]);
    const r = readPage(home);
    expect(r.ok ? 'read' : r.code).toBe('not-article');
  });
});
