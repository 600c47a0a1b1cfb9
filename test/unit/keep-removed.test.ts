import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMOVED_ATTR, setAside, settleAside, type SetAside } from '../../src/core/clean/aside.js';
import { readPage } from '../../src/core/index.js';
import { sanitizeHtml } from '../../src/core/result/sanitize.js';
import type { Article, Removal } from '../../src/core/types.js';
import { loadPage } from '../../src/cli/load.js';
import { FIXTURES_DIR, fixtureNames } from '../fixtures.js';

const { window } = new JSDOM('');
const win = window as unknown as Window & typeof globalThis;

/** A fixture read with the options the fixture test uses (test/fixtures.ts), plus keepRemoved. */
async function readFixture(name: string, keepRemoved: boolean): Promise<Article | null> {
  const page = await loadPage(join(FIXTURES_DIR, name, 'source.html'));
  try {
    const r = readPage(page.document, { force: !name.startsWith('non-article--'), url: page.url || undefined, window: page.window, keepRemoved });
    return r.ok ? r : null;
  } finally {
    page.close();
  }
}

function body(html: string): HTMLElement {
  const el = window.document.createElement('body');
  el.innerHTML = html;
  return el;
}

/** The html as a reader sees it: every hidden wrapper gone. */
function withoutWrappers(html: string): string {
  const el = body(html);
  for (const w of el.querySelectorAll(`[${REMOVED_ATTR}]`)) w.remove();
  return el.innerHTML;
}

/** A wrapper's own text (without removals nested in it), reduced to letters and digits. */
function ownText(wrapper: Element): string {
  const copy = wrapper.cloneNode(true) as Element;
  for (const w of copy.querySelectorAll(`[${REMOVED_ATTR}]`)) w.remove();
  return key(copy.textContent ?? '');
}

const key = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const logged = (removals: Removal[]) => removals.map(({ step, reason, text }) => ({ step, reason, text }));

describe('keepRemoved on every fixture', () => {
  let inPlaceTotal = 0;
  for (const name of fixtureNames()) {
    it(name, async () => {
      const off = await readFixture(name, false);
      const on = await readFixture(name, true);
      if (!off || !on) return expect(on).toBe(off);
      // The option changes nothing but the html.
      expect(on.text).toBe(off.text);
      expect(on.highlights).toEqual(off.highlights);
      expect(logged(on.removals)).toEqual(logged(off.removals));
      expect(off.removals.some((r) => 'inPlace' in r)).toBe(false);
      expect(off.html).not.toContain(REMOVED_ATTR);
      expect(off.html).not.toContain('<!--');
      // Hidden wrappers are all it adds.
      expect(withoutWrappers(on.html)).toBe(body(off.html).innerHTML);

      const wrappers = [...body(on.html).querySelectorAll(`[${REMOVED_ATTR}]`)];
      const indices = wrappers.map((w) => Number(w.getAttribute(REMOVED_ATTR))).sort((a, b) => a - b);
      expect(indices).toEqual(on.removals.flatMap((r, i) => (r.inPlace ? [i] : [])));
      for (const w of wrappers) {
        const removal = on.removals[Number(w.getAttribute(REMOVED_ATTR))]!;
        expect(['DIV', 'SPAN']).toContain(w.tagName);
        expect(w.hasAttribute('hidden')).toBe(true);
        expect(ownText(w).startsWith(key(removal.text.replace(/…$/, ''))), `${removal.step}: ${removal.text}`).toBe(true);
      }
      inPlaceTotal += indices.length;
    });
  }

  it('keeps the post-pass removals of a fixture in place, and only lists the pre-pass ones', async () => {
    expect(inPlaceTotal).toBeGreaterThan(20);
    const on = (await readFixture('labels--credits-controls-related', true))!;
    expect(on.removals.length).toBeGreaterThan(5);
    expect(on.removals.every((r) => r.inPlace)).toBe(true);
    const pre = (await readFixture('ads--slots-and-labels', true))!;
    const slots = pre.removals.filter((r) => r.step === 'adContainers');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.some((r) => r.inPlace)).toBe(false);
    expect(pre.removals.filter((r) => r.step === 'adLabels').every((r) => r.inPlace)).toBe(true);
  });
});

describe('placeholders (clean/aside.ts)', () => {
  const setup = (html: string) => {
    const root = body(html).firstElementChild!;
    const list: SetAside[] = [];
    const removals: Removal[] = [0, 1].map((i) => ({ step: 's', reason: 'r', text: String(i) }));
    return { root, list, removals };
  };

  it('nests a removal inside a later one, each in its own wrapper', () => {
    const { root, list, removals } = setup('<div><p>Caption <span>info_icon</span></p><p>Body</p></div>');
    setAside(list, 0, [root.querySelector('span')!]);
    setAside(list, 1, [root.querySelector('p')!]);
    expect(root.innerHTML).toBe('<!--sift-removed--><p>Body</p>');
    settleAside(root, list, removals, true);
    expect(root.innerHTML).toBe('<div data-sift-removed="1" hidden=""><p>Caption <span data-sift-removed="0" hidden="">'
      + '<span>info_icon</span></span></p></div><p>Body</p>');
    expect(removals.map((r) => r.inPlace)).toEqual([true, true]);
  });

  it('takes earlier placeholders inside a line along with it', () => {
    const { root, list, removals } = setup('<div><p>Read <b>this</b> too</p></div>');
    const p = root.firstElementChild!;
    setAside(list, 0, [p.querySelector('b')!]);
    setAside(list, 1, [...p.childNodes].filter((n) => n.nodeType === 3));
    settleAside(root, list, removals, true);
    expect(root.innerHTML).toBe('<p><span data-sift-removed="1" hidden="">Read <span data-sift-removed="0" hidden=""><b>this</b></span> too</span></p>');
  });

  it('puts back what was removed again inside a removal, without a wrapper of its own', () => {
    const { root, list, removals } = setup('<div><p>Caption <span>Foto: X</span></p></div>');
    const span = root.querySelector('span')!;
    setAside(list, 0, [root.querySelector('p')!]);
    setAside(list, 1, [span]);
    settleAside(root, list, removals, true);
    expect(root.innerHTML).toBe('<div data-sift-removed="0" hidden=""><p>Caption <span>Foto: X</span></p></div>');
    expect(removals[1]!.inPlace).toBeUndefined();
  });

  it('lists a table cell only: a wrapper would leave the table when parsed again', () => {
    const { root, list, removals } = setup('<div><table><tbody><tr><td>a</td><td>more</td></tr></tbody></table></div>');
    setAside(list, 0, [root.querySelectorAll('td')[1]!]);
    settleAside(root, list, removals, true);
    expect(root.innerHTML).toBe('<table><tbody><tr><td>a</td></tr></tbody></table>');
    expect(removals[0]!.inPlace).toBeUndefined();
  });

  it('leaves no trace without the option', () => {
    const { root, list, removals } = setup('<div><p>A <span>x</span></p><p>B</p></div>');
    setAside(list, 0, [root.querySelector('span')!]);
    setAside(list, 1, [root.querySelectorAll('p')[1]!]);
    settleAside(root, list, removals, false);
    expect(root.innerHTML).toBe('<p>A </p>');
    expect(removals.some((r) => 'inPlace' in r)).toBe(false);
  });
});

describe('the sanitizer and removed-item markers', () => {
  it('keeps our wrapper, in either attribute order', () => {
    expect(sanitizeHtml('<div data-sift-removed="3" hidden=""><p>Anzeige</p></div>', win))
      .toBe('<div data-sift-removed="3" hidden=""><p>Anzeige</p></div>');
    expect(sanitizeHtml('<p>a<span hidden="" data-sift-removed="0">b</span></p>', win))
      .toBe('<p>a<span hidden="" data-sift-removed="0">b</span></p>');
  });

  it.each([
    ['<p hidden="">Secret</p>', '<p>Secret</p>'],
    ['<div data-sift-removed="x" hidden="">a</div>', '<div>a</div>'],
    ['<div data-sift-removed="" hidden="">a</div>', '<div>a</div>'],
    ['<p data-sift-removed="1" hidden="">a</p>', '<p>a</p>'],
    ['<section data-sift-removed="1">a</section>', '<section>a</section>'],
  ])('drops a forged marker: %s', (html, want) => {
    expect(sanitizeHtml(html, win)).toBe(want);
  });

  it("strips a page's own data-sift-removed before the cleanup, so it cannot pass for ours", () => {
    const para = 'The council voted on Tuesday to extend the tram line to the harbour, a project first proposed twenty years ago.';
    const html = `<html><body><article><h1>Tram line</h1><div data-sift-removed="1"><p>${para}</p><p>${para.replace('tram', 'bus')}</p></div>`
      + `<p>The <span data-sift-removed="2">mayor</span> ${para.replace('The council', 'council')}</p></article></body></html>`;
    const { window: w } = new JSDOM(html, { url: 'https://news.example/tram' });
    for (const keepRemoved of [false, true]) {
      const r = readPage(w.document, { force: true, window: w as unknown as Window & typeof globalThis, keepRemoved });
      expect(r.ok && r.text).toContain('Tuesday');
      expect(r.ok && r.html).not.toContain(REMOVED_ATTR);
    }
  });
});
