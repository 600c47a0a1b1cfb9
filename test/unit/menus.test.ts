import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { languageMenus } from '../../src/core/clean/menus.js';
import type { CleanContext } from '../../src/core/clean/step.js';

function removed(html: string): string[] {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
  const ctx: CleanContext = { title: '', byline: '', removals: [], elements: () => [], aside: [], anchor: 'data-a', phase: 'post' };
  languageMenus.run(root, ctx);
  return ctx.removals.map((r) => r.text);
}

const links = (names: string[]) => `<ul>${names.map((n) => `<li><a href="/${n}">${n}</a></li>`).join('')}</ul>`;

describe('language menus', () => {
  it('takes a list of links named for languages, with the short list that continues it', () =>
    expect(removed(links(['Deutsch', 'English', 'Español']) + links(['中文v', '한국어']))).toEqual(['Deutsch · English · Español · 中文v · 한국어']));
  it('keeps languages listed as plain text (the courses a school offers)', () =>
    expect(removed('<ul><li>Deutsch</li><li>English</li><li>Français</li></ul>')).toEqual([]));
  it('keeps a list of links that is mostly something else', () =>
    expect(removed(links(['English', 'Deutsch', 'Fahrplan', 'Tickets', 'Kontakt', 'Presse']))).toEqual([]));
});
