import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { descendants } from '../../src/core/clean/index.js';
import { findProseBlock, proseParagraphs } from '../../src/core/extract/prose.js';
import { titleStory } from '../../src/core/extract/title-story.js';

const SENTENCE = 'The council voted on Tuesday night to build a flood barrier across the old harbour mouth.';

function doc(body: string, head = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

function proseTexts(d: Document): string[] {
  const root = d.documentElement;
  return proseParagraphs(root, descendants(root)).map((p) => p.text);
}

describe('the prose measure', () => {
  it('leaves out prose in a margin, a comment thread or an ad, by class', () => {
    const d = doc(`<main><p>${SENTENCE}</p></main>
      <div class="sidebar"><p>Margin: ${SENTENCE}</p></div>
      <ol class="commentlist"><li><p>Comment: ${SENTENCE}</p></li></ol>
      <div class="ad-slot"><p>Ad: ${SENTENCE}</p></div>`);
    expect(proseTexts(d)).toEqual([SENTENCE]);
  });

  it('counts the story inside a layout wrapper whose class names a sidebar (Drupal `has-sidebar` around <main>)', () => {
    const d = doc(`<div class="layout-container has-sidebar"><main><h1>Flood barrier</h1><p>${SENTENCE}</p></main>
      <div class="sidebar"><p>Margin: ${SENTENCE}</p></div></div>`);
    expect(proseTexts(d)).toEqual([SENTENCE]);
  });

  it("counts the story in Drupal's `node--promoted` article, which holds the headline", () => {
    const d = doc(`<article class="node node--promoted"><h1>Flood barrier</h1><p>${SENTENCE}</p></article>
      <div class="promoted-content"><p>Elsewhere: ${SENTENCE}</p></div>`);
    expect(proseTexts(d)).toEqual([SENTENCE]);
  });

  it("does not read an inline script's code as prose", () => {
    const code = 'var slot = { size: "300x250", site: "news" }; if (ready) { show(slot); } else { wait(250); }. '.repeat(3);
    const d = doc(`<div class="field"><script>${code}</script></div><p>${SENTENCE}</p>`);
    expect(proseTexts(d)).toEqual([SENTENCE]);
  });

  it('widens to the container of a story split over several text fields (Drupal paragraphs)', () => {
    const field = (n: number) => `<div class="paragraph"><div class="content"><div class="text">${`<p>${SENTENCE}</p>`.repeat(n)}</div></div></div>`;
    const d = doc(`<article><h1>Flood barrier</h1><div id="fields">${field(3)}<div class="paragraph infobox"><div class="content"><div class="text"><p>${SENTENCE}</p></div></div></div>${field(4)}</div></article>
      <div class="teasers"><p>Elsewhere: ${SENTENCE}</p></div>`);
    const root = d.documentElement;
    const block = findProseBlock(root, descendants(root));
    expect(block?.el.id).toBe('fields');
    expect(block?.texts).toHaveLength(8);
  });

  it('does not widen over a neighbour with a little prose of its own', () => {
    const d = doc(`<div id="page"><div id="story">${`<p>${SENTENCE}</p>`.repeat(6)}</div><div class="box"><p>Note: ${SENTENCE}</p></div></div>`);
    const root = d.documentElement;
    expect(findProseBlock(root, descendants(root))?.el.id).toBe('story');
  });

  it('finds the container that gathers the most prose', () => {
    const d = doc(`<div id="story">${`<p>${SENTENCE}</p>`.repeat(4)}</div><div id="other"><p>${SENTENCE}</p></div>`);
    const root = d.documentElement;
    expect(findProseBlock(root, descendants(root))?.el.id).toBe('story');
  });
});

describe('the story under the page title', () => {
  const story = (id: string, h1: string) => `<div class="scrollblock"><article id="${id}"><header><h1>${h1}</h1></header>
    <div class="text"><p>${SENTENCE}</p><p>${SENTENCE}</p></div></article></div>`;

  it('is the largest container around the h1 the title names, holding no other h1', () => {
    const d = doc(`<main>${story('a', 'Blessing of the cars on Saturday')}${story('b', 'Council approves flood barrier')}</main>`,
      '<title>Tribune | Blessing of the cars on Saturday</title>');
    const root = d.documentElement;
    const found = titleStory(root, descendants(root));
    expect(found?.el.className).toBe('scrollblock');
    expect(found?.el.querySelector('article')?.id).toBe('a');
    expect(found?.texts).toEqual([SENTENCE, SENTENCE]);
  });

  it('reads og:title too, and ignores curly quotes and case', () => {
    const d = doc(`${story('a', 'Other news of the day')}${story('b', '“Barrier Now,” says the mayor')}`,
      '<title>Tribune</title><meta property="og:title" content="&quot;Barrier now,&quot; says the mayor">');
    const root = d.documentElement;
    expect(titleStory(root, descendants(root))?.el.querySelector('article')?.id).toBe('b');
  });

  it('says nothing on a page with one h1, or when no h1 or two h1s match the title', () => {
    const one = doc(story('a', 'Blessing of the cars on Saturday'), '<title>Blessing of the cars on Saturday</title>');
    const none = doc(`${story('a', 'Something else entirely')}${story('b', 'And another thing here')}`, '<title>Blessing</title>');
    const two = doc(`${story('a', 'Blessing of the cars on Saturday')}${story('b', 'Blessing of the cars on Saturday')}`,
      '<title>Blessing of the cars on Saturday</title>');
    for (const d of [one, none, two]) expect(titleStory(d.documentElement, descendants(d.documentElement))).toBeNull();
  });
});
