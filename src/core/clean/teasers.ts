import { collapse } from '../text.js';
import { clip, linesText, logRemoval, stillIn, type CleanStep } from './step.js';

/** A teaser is a headline and a line or two; a link around more than this is something else. */
const MAX_TEASER = 500;
/** Share of the article's text in cards past which the cards are the page's content. */
const MOST = 0.5;
const HEADING = 'h2, h3, h4, h5, h6';
const TEXT_BLOCK = 'p, div, span, figcaption';

/** The link wraps a headline and, beside it, a picture or a line of text. */
function isTeaserCard(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  // An in-page link around a heading is an accordion's toggle (hss.de), not a teaser.
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return false;
  const heading = a.querySelector(HEADING);
  if (!heading) return false;
  const text = collapse(a.textContent ?? '');
  if (text.length > MAX_TEASER) return false;
  if (a.querySelector('img, picture')) return true;
  const headline = collapse(heading.textContent ?? '');
  return [...a.querySelectorAll(TEXT_BLOCK)].some((el) => {
    if (el.contains(heading) || heading.contains(el)) return false;
    const line = collapse(el.textContent ?? '');
    return line.length > 0 && !headline.includes(line);
  });
}

/**
 * A card that links to another story: picture, kicker, headline and teaser
 * all inside one link (sueddeutsche.de's "ICE im S-Bahn-Takt" card inside a
 * story; auto-motor.at's "Testberichte zu …" box). A link around a headline
 * alone stays: listicles link their section headings to what they review.
 */
export const teaserCards: CleanStep = {
  name: 'teaserCards',
  phase: 'post',
  run(root, ctx) {
    const cards = [...stillIn(root, 'a[href]')].filter(isTeaserCard);
    // Cards that are most of the article are what the page lists (a listing of
    // rentals, a shop's range), not another story's teaser inside this one.
    const cardChars = cards.reduce((n, a) => n + collapse(a.textContent ?? '').length, 0);
    if (cardChars >= MOST * collapse(root.textContent ?? '').length) return;
    for (const a of cards) {
      // The card alone in its list item or wrapper goes with it.
      const card = collapse(a.textContent ?? '');
      let unit: Element = a;
      while (unit.parentElement && unit.parentElement !== root && collapse(unit.parentElement.textContent ?? '') === card) unit = unit.parentElement;
      logRemoval(ctx, { step: 'teaserCards', reason: 'link to another story', text: clip(linesText([a])) }, [unit]);
    }
  },
};
