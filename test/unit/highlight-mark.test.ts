import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/result/article-text.js';
import { applyMarks, planMarks } from '../../src/core/highlight/mark.js';
import { pickHighlights } from '../../src/core/highlight/index.js';
import { sanitizeHtml } from '../../src/core/result/sanitize.js';

function article(html: string) {
  const dom = new JSDOM(`<!doctype html><body><article>${html}</article></body>`);
  const root = dom.window.document.querySelector('article')!;
  return { root, text: articleText(root), win: dom.window as unknown as Window & typeof globalThis };
}

/** The text of every mark with index i, in order, white space collapsed. */
function marked(root: Element, i: number): string {
  return [...root.querySelectorAll(`mark[data-sift-highlight="${i}"]`)].map((m) => m.textContent).join('').replace(/\s+/g, ' ').trim();
}

describe('marking highlights in the article', () => {
  it('splits a highlight at inline boundaries, one mark per text node, the same index on each', () => {
    const { root, text } = article('<p>Intro. “We are <a href="/b">ready <em>for the</em> traffic</a>,” said Mayor Ruiz.</p>');
    const start = text.indexOf('“');
    const end = text.indexOf('”') + 1;
    const plans = planMarks(root, text, [{ start, end }]);
    expect(plans[0]).not.toBeNull();
    applyMarks([{ pieces: plans[0]!, index: 0 }]);
    expect(root.querySelectorAll('mark').length).toBe(5);
    expect(marked(root, 0)).toBe(text.slice(start, end));
    // The link and the emphasis are intact, each with its own mark inside.
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/b');
    expect(root.querySelector('a em mark')!.textContent).toBe('for the');
    expect(articleText(root)).toBe(text);
  });

  it('never wraps a block element, and gives up on text it cannot find', () => {
    const { root, text } = article('<p>First paragraph here.</p><div><p>Second one.</p></div>');
    const plans = planMarks(root, text, [{ start: 0, end: text.length }, { start: text.indexOf('Second'), end: text.length }]);
    // A range across paragraphs cannot be marked in one piece per line: it is planned per text node.
    applyMarks(plans.flatMap((p, index) => (p ? [{ pieces: p, index }] : [])));
    for (const m of root.querySelectorAll('mark')) expect(m.querySelector('p, div')).toBeNull();
  });

  it('produces well-formed html that survives sanitizing with its marks', () => {
    const html = '<p>Mayor Elena Ruiz opened the <a href="https://x.example/b">new bridge</a> on Monday after three years of work.</p>'
      + '<p>“We are <em>finally</em> ready for the traffic, and the ferries can rest now,” said Mayor Elena Ruiz to the crowd.</p>'
      + '<p>The bridge cost 40 million euros, and the council expects it to pay for itself within ten years of tolls.</p>'
      + '<p>Engineers said the structure will stand for a century, even with the river rising every spring.</p>';
    const { root, text, win } = article(html);
    const highlights = pickHighlights(root, text, 'en');
    expect(highlights.length).toBeGreaterThanOrEqual(3);
    const clean = sanitizeHtml(root.innerHTML, win);
    const again = article(clean);
    highlights.forEach((h, i) => {
      expect(text).toContain(h.text);
      expect(marked(again.root, i)).toBe(h.text);
    });
    expect(again.root.innerHTML).toBe(clean);
  });

  it("strips a page's own data-sift-highlight so it cannot pass for a highlight", () => {
    const { root, text, win } = article('<p><mark data-sift-highlight="0">Spoof</mark> text.</p><p><span data-sift-highlight="1">x</span></p>');
    pickHighlights(root, text, 'en');
    const clean = sanitizeHtml(root.innerHTML, win);
    expect(clean).not.toContain('data-sift-highlight');
  });
});
