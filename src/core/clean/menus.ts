import { LANGUAGE_NAMES } from '../rules.js';
import { collapse } from '../text.js';
import { linesText, logRemoval, stillIn, type CleanStep } from './step.js';

/** A menu offers at least this many languages. */
const MIN_LANGUAGES = 3;
/** Share of its entries that must be links named for a language: pages misspell some ("Pусский" with a Latin P, austria.info). */
const LANGUAGE_SHARE = 0.5;

/** Lowercased, and in NFC so a "Č" typed as C + caron matches the table. */
function languageName(li: Element): string {
  return collapse(li.textContent ?? '').toLowerCase().normalize('NFC');
}

/**
 * A list whose entries are links to the site in other languages; `min` of
 * them at least. A list of languages as plain text (courses on offer) is content.
 */
function isLanguageMenu(list: Element, min = MIN_LANGUAGES): boolean {
  const items = [...list.children].filter((c) => c.tagName === 'LI');
  const named = items.filter((li) => li.querySelector('a') && LANGUAGE_NAMES.has(languageName(li)));
  return named.length >= Math.max(min, 1) && named.length >= items.length * LANGUAGE_SHARE;
}

/** The menu and the lists that continue it: austria.info splits its menu into lists of five. */
function menuLists(list: Element): Element[] {
  const out = [list];
  for (let next = list.nextElementSibling; next && /^(UL|OL)$/.test(next.tagName) && isLanguageMenu(next, 1); next = next.nextElementSibling) out.push(next);
  return out;
}

/**
 * Language menus that Readability keeps when they sit inside the article's
 * container. They switch the site's language; they say nothing of the story.
 */
export const languageMenus: CleanStep = {
  name: 'languageMenus',
  phase: 'post',
  run(root, ctx) {
    for (const list of stillIn(root, 'ul, ol')) {
      if (!isLanguageMenu(list)) continue;
      const lists = menuLists(list);
      logRemoval(ctx, { step: 'languageMenus', reason: 'language menu', text: linesText(lists) }, lists);
    }
  },
};
