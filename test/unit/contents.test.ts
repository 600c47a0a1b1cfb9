import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contents } from '../../src/core/clean/contents.js';
import { repeatedBlocks } from '../../src/core/clean/repeated.js';
import type { CleanContext } from '../../src/core/clean/step.js';

function run(html: string, steps = [contents]) {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
  const ctx: CleanContext = { title: '', byline: '', removals: [], elements: () => [], aside: [], anchor: 'data-a', phase: 'post' };
  for (const s of steps) s.run(root, ctx);
  return { text: [...root.querySelectorAll('h2, p')].map((e) => e.textContent).join(' '), removals: ctx.removals };
}

const sections = '<h2 id="a">Anfang</h2><p>Erster Abschnitt.</p><h2 id="b">Mitte</h2><p>Zweiter Abschnitt.</p><h2 id="c">Ende</h2><p>Dritter Abschnitt.</p>';

describe('table of contents', () => {
  it('goes with its label when its links land on the article\'s headings', () => {
    const r = run(`<div><p>Inhaltsverzeichnis</p></div><nav><ul><li><a href="#a">Anfang</a></li><li><a href="#b">Mitte</a></li><li><a href="#c">Ende</a></li></ul></nav>${sections}`);
    expect(r.text).toBe('Anfang Erster Abschnitt. Mitte Zweiter Abschnitt. Ende Dritter Abschnitt.');
    expect(r.removals).toEqual([{ step: 'contents', reason: 'table of contents', text: 'Inhaltsverzeichnis · Anfang · Mitte · Ende' }]);
  });

  it('keeps a footnote list, whose entries hold more than a link', () => {
    const notes = '<ol><li><a href="#a">^</a> Müller, Geschichte der Stadt, 1999.</li><li><a href="#b">^</a> Ebd., S. 12.</li><li><a href="#c">^</a> Stadtarchiv, Akte 7.</li></ol>';
    expect(run(sections + notes).removals).toEqual([]);
  });

  it('keeps links that land nowhere in the article (script buttons, other pages)', () => {
    expect(run(`<ul><li><a href="#">Eins</a></li><li><a href="#">Zwei</a></li><li><a href="#">Drei</a></li></ul>${sections}`).removals).toEqual([]);
    expect(run(`<ul><li><a href="#x">Eins</a></li><li><a href="#y">Zwei</a></li><li><a href="#z">Drei</a></li></ul>${sections}`).removals).toEqual([]);
  });

  it('keeps two jump links', () => {
    expect(run(`<ul><li><a href="#a">Anfang</a></li><li><a href="#b">Mitte</a></li></ul>${sections}`).removals).toEqual([]);
  });

  it('left in place, its entries are not taken for headings printed twice', () => {
    const toc = '<ul><li><a href="#a">Anfang des langen Abschnitts hier</a></li><li><a href="#b">Mitte des langen Abschnitts hier</a></li></ul>';
    const body = '<h2 id="a">Anfang des langen Abschnitts hier</h2><p>Eins.</p><h2 id="b">Mitte des langen Abschnitts hier</h2><p>Zwei.</p>';
    expect(run(toc + body, [repeatedBlocks]).removals).toEqual([]);
  });
});
