import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { verdict } from '../../src/core/result/verdict.js';

const root = (html: string) => new JSDOM(`<div>${html}</div>`).window.document.body.firstElementChild!;

describe('not an article, judged from the result', () => {
  it('turns down a list of links', () => {
    const links = ['World', 'Business', 'Sport', 'Opinion', 'Culture', 'Travel', 'Science', 'Weather', 'Games']
      .map((s) => `<li><a href="/${s}">${s} news and more from our reporters</a></li>`).join('');
    expect(verdict(root(`<ul>${links}</ul>`)).article).toBe(false);
  });

  it('turns down a few links, and reads a few words that are not links', () => {
    expect(verdict(root('<p><a href="/p">View Profile</a></p>')).article).toBe(false);
    expect(verdict(root('<p>Test</p>')).article).toBe(true);
  });

  it('reads prose without spaces between its words', () => {
    expect(verdict(root('<p>一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》全省各市巡演活动来到张家口。</p>')).article).toBe(true);
  });

  it('reads a short news brief and a forum post, however short', () => {
    expect(verdict(root('<p>The bridge reopens on Monday after repairs, the city said.</p>')).article).toBe(true);
    expect(verdict(root('<p>Has anyone tried the new firmware? Mine keeps rebooting.</p><p>Same here, rolled back.</p>')).article).toBe(true);
  });

  it('reads a long list of resources, and a list with some plain text beside its links', () => {
    const item = (i: number) => `<li><a href="/r${i}">Tuning guide number ${i} for the database server</a> by Author ${i}</li>`;
    expect(verdict(root(`<ul>${Array.from({ length: 80 }, (_, i) => item(i)).join('')}</ul>`)).article).toBe(true);
    const noted = (i: number) => `<li><a href="/r${i}">Tuning guide ${i}</a> by Author ${i}, on memory settings and slow queries</li>`;
    expect(verdict(root(`<ul>${Array.from({ length: 5 }, (_, i) => noted(i)).join('')}</ul>`)).article).toBe(true);
  });

  it('reads a teaser list with prose in it', () => {
    const teasers = Array.from({ length: 4 }, (_, i) =>
      `<h3><a href="/s${i}">Story ${i}</a></h3><p>A paragraph of prose that tells the reader what the story is about, in full sentences.</p>`).join('');
    expect(verdict(root(teasers)).article).toBe(true);
  });
});
