import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { repeatedBlocks } from '../../src/core/clean/repeated.js';
import type { CleanContext } from '../../src/core/clean/step.js';

function run(html: string) {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
  const ctx: CleanContext = { title: '', byline: '', removals: [], elements: () => [], aside: [], anchor: 'data-a', phase: 'post' };
  repeatedBlocks.run(root, ctx);
  return { paragraphs: [...root.querySelectorAll('p, figcaption')].map((e) => e.textContent), removals: ctx.removals };
}

const dek = 'The council backed the barrier while promising that nobody would be moved.';
const more = 'It also agreed to review the budget in the spring.';

describe('a block that opens a longer paragraph', () => {
  it('goes, and the paragraph stays whole (a standfirst printed inside the body)', () => {
    const r = run(`<p>${dek}</p><p>The vote came after eleven hours.</p><p>${dek} ${more}</p>`);
    expect(r.paragraphs).toEqual(['The vote came after eleven hours.', `${dek} ${more}`]);
    expect(r.removals).toEqual([{ step: 'repeatedBlocks', reason: 'block printed again at the start of a paragraph', text: dek }]);
  });

  it('goes when it ends in closing quotes', () => {
    const quote = '“We will not move anyone against their will,” the mayor said.';
    const r = run(`<p>${quote}</p><p>${quote} ${more}</p>`);
    expect(r.paragraphs).toEqual([`${quote} ${more}`]);
  });

  it('stays when it comes after the paragraph (a statement reproduced after a paragraph that quoted it)', () => {
    expect(run(`<p>${dek} ${more}</p><p>${dek}</p><p>The rest of the statement.</p>`).removals).toEqual([]);
  });

  it('stays when it stands alone far into the article (a tip the guide expands on later), not where a standfirst sits', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the flood and the barrier.</p>`).join('');
    expect(run(`${story}<p>${dek}</p><p>The vote came after eleven hours.</p><p>${dek} ${more}</p>`).removals).toEqual([]);
    expect(run(`<p>${dek}</p>${story}<p>${dek} ${more}</p>`).removals.map((x) => x.text)).toEqual([dek]);
  });

  it('stays when it is not whole sentences of the paragraph', () => {
    const head = 'The council backed the barrier while promising';
    expect(run(`<p>${head}</p><p>${dek} ${more}</p>`).removals).toEqual([]);
    expect(run(`<p>${more}</p><p>${dek} ${more}</p>`).removals).toEqual([]);
  });

  it('stays as a caption, and a caption is not the longer copy either', () => {
    expect(run(`<figure><figcaption>${dek}</figcaption></figure><p>${dek} ${more}</p>`).removals).toEqual([]);
    expect(run(`<p>${dek}</p><figure><figcaption>${dek} Photo: J. Doe.</figcaption></figure>`).removals).toEqual([]);
  });
});

function removed(html: string): string[] {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
  const ctx: CleanContext = { title: '', byline: '', removals: [], elements: () => [], aside: [], anchor: 'data-a', phase: 'post' };
  repeatedBlocks.run(root, ctx);
  return ctx.removals.map((r) => r.text);
}

const P1 = 'The council voted on Tuesday to keep the old bridge open to cyclists.';
const P2 = 'Repairs to the deck will start in May and take about six weeks.';
const body = `<p>${P2}</p><p>Traffic will be diverted over the ring road during the works.</p>`;

describe('repeatedBlocks: copies the page printed', () => {
  it('a standfirst box repeated as the first paragraph', () => {
    expect(removed(`<p class="standfirst">${P1}</p><div class="body"><p>${P1}</p>${body}</div>`)).toEqual([P1]);
  });

  it('a block printed twice back to back', () => {
    expect(removed(`<p>${P1}</p><p>${P1}</p>${body}`)).toEqual([P1]);
  });

  it('a pull quote repeating a paragraph, wherever it stands', () => {
    expect(removed(`<p>${P1}</p>${body}<h2>Next</h2><blockquote><p>${P1}</p></blockquote>`)).toEqual([P1]);
  });
});

describe('repeatedBlocks: lines the article itself repeats', () => {
  it('steps of two lists under different headings', () => {
    const step = 'Whisk the eggs with the sugar until pale and thick.';
    expect(removed(`<h2>Sponge</h2><ol><li>${step}</li><li>Fold in the flour.</li></ol><h2>Roll</h2><ol><li>${step}</li><li>Spread it on a tray.</li></ol>`)).toEqual([]);
  });

  it('an interview question asked of two people', () => {
    const q = 'What will you miss most about the old harbour?';
    expect(removed(`<p><b>Anna</b></p><p><b>${q}</b></p><p>${P1}</p><p><b>Ben</b></p><p><b>${q}</b></p><p>${P2}</p>`)).toEqual([]);
  });

  it('two tweets with the same sign-off', () => {
    const sign = '— City Council (@citycouncil) May 2, 2024';
    expect(removed(`<blockquote class="twitter-tweet"><p>${P1}</p>${sign}</blockquote><p>Text between.</p><blockquote class="twitter-tweet"><p>${P2}</p>${sign}</blockquote>`)).toEqual([]);
  });
});
