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
