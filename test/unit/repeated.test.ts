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

describe('a reply quoting an earlier post', () => {
  const post = 'Keep in mind that the backup only moves the files, it does not shrink them.';
  const reply = 'Good point, I had not thought about the backup at all.';

  it('keeps the quoted words under an attribution ("Ana said:")', () => {
    const r = run(`<div><p>${post}</p></div><div><blockquote><div>Ana said:</div><div><p>${post}</p></div></blockquote><p>${reply}</p></div>`);
    expect(r.removals).toEqual([]);
    expect(r.paragraphs).toEqual([post, post, reply]);
  });

  it('keeps them under a <cite>', () => {
    expect(run(`<p>${post}</p><p>${reply}</p><blockquote><cite>Ana</cite><p>${post}</p></blockquote>`).removals).toEqual([]);
  });

  it('keeps them when the quote box names its source in its attributes (Readability drops a lone-link heading)', () => {
    expect(run(`<p>${post}</p><blockquote data-quote="Ana" data-source="post: 202"><p>${post}</p></blockquote><p>${reply}</p>`).removals).toEqual([]);
    expect(run(`<p>${post}</p><blockquote data-ipsquote-username="Ana"><p>${post}</p></blockquote><p>${reply}</p>`).removals).toEqual([]);
    expect(run(`<p>${post}</p><blockquote data-lang="en"><p>${post}</p></blockquote><p>${reply}</p>`).removals).toHaveLength(1);
  });

  it('keeps them under an attribution printed right before the quote box, and that attribution too', () => {
    const said = '<p>@Ana said in Overwintering figs in pots:</p>';
    const r = run(`<p>${post}</p>${said}<blockquote><p>${post}</p></blockquote><p>${reply}</p>${said}<blockquote><p>${post} Also this.</p></blockquote>`);
    expect(r.removals).toEqual([]);
  });

  it('still drops a pull quote, which names no source ahead of its words', () => {
    const r = run(`<p>${post}</p><p>${reply}</p><blockquote><p>${post}</p></blockquote>`);
    expect(r.removals.map((x) => x.text)).toEqual([post]);
  });
});
