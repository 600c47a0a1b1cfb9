import {
  AD_ATTRIBUTES, AD_HOSTS, AD_ATTR_WORDS, AD_TAGS, AUTHOR_BOX_WORDS, AUTHOR_WORDS, BIO_WORDS, CONSENT_ATTR_WORDS, PROMO_ATTR_WORDS, PROMPT_ATTR_WORDS,
  SHARE_ATTR_WORDS,
} from '../rules.js';
import { attrWords, hasAttrWord } from './attrs.js';
import { holdsPage, inRunningText, removable } from './guard.js';
import { remove, type CleanContext, type CleanStep } from './step.js';

/**
 * Remove the outermost elements that `match`, unless they hold prose. Runs on
 * the whole document before Readability, so clutter cannot lend its links and
 * short lines to Readability's scoring.
 */
function removeContainers(root: Element, ctx: CleanContext, step: string, reason: string,
  match: (el: Element) => boolean, canRemove: (el: Element) => boolean = removable): void {
  // Document order visits a parent before its children; once a parent is
  // gone its children are disconnected and skipped. A parent spared by the
  // prose guard still lets its own ad slots be found.
  const all = ctx.elements();
  // Indexed loops over the page's elements: code that runs once per click stays
  // mostly unoptimised, and there for…of allocates at every step.
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (attrWords(el).length && match(el) && el.isConnected && canRemove(el)) remove(ctx, step, reason, el);
  }
}

function frameHost(el: Element): string {
  const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? '';
  try {
    return new URL(src, 'https://x.invalid/').hostname;
  } catch {
    return '';
  }
}

/** Ad markup whatever its class: AdSense <ins>, AMP ads, ad-slot data attributes, ad-network frames. */
function isAdMarkup(el: Element): boolean {
  const tag = el.tagName;
  if (AD_TAGS.has(tag.toLowerCase())) return true;
  if (tag === 'IFRAME' || tag === 'SCRIPT') return AD_HOSTS.test(frameHost(el));
  // getAttributeNames() is a plain array; iterating el.attributes is slow in jsdom.
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const test = AD_ATTRIBUTES[name];
    if (test && test.test(el.getAttribute(name) ?? '')) return true;
  }
  return false;
}

export const adContainers: CleanStep = {
  name: 'adContainers',
  phase: 'pre',
  run(root, ctx) {
    const all = ctx.elements();
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (isAdMarkup(el) && el.isConnected && removable(el)) remove(ctx, 'adContainers', 'advertisement', el);
    }
    removeContainers(root, ctx, 'adContainers', 'advertisement', (el) => hasAttrWord(el, AD_ATTR_WORDS));
  },
};

export const promoModules: CleanStep = {
  name: 'promoModules',
  phase: 'pre',
  run: (root, ctx) => removeContainers(root, ctx, 'promoModules', 'sponsored or promoted module',
    (el) => hasAttrWord(el, PROMO_ATTR_WORDS)),
};

export const prompts: CleanStep = {
  name: 'prompts',
  phase: 'pre',
  run(root, ctx) {
    // A consent dialog goes whatever prose it holds (it lists its purposes at length), unless it is
    // the page's frame: the story never sits in one, but a page wrapper may carry `cookie-bar-shown`.
    removeContainers(root, ctx, 'prompts', 'cookie or consent dialog', (el) => hasAttrWord(el, CONSENT_ATTR_WORDS), (el) => !holdsPage(el));
    removeContainers(root, ctx, 'prompts', 'newsletter, paywall or cookie prompt', (el) => hasAttrWord(el, PROMPT_ATTR_WORDS));
  },
};

export const shareBars: CleanStep = {
  name: 'shareBars',
  phase: 'pre',
  run: (root, ctx) => removeContainers(root, ctx, 'shareBars', 'share or follow bar',
    (el) => hasAttrWord(el, SHARE_ATTR_WORDS)),
};

/**
 * An element one of the container rules above takes out. The lede search
 * reads the original page, where such elements are still in place: a
 * slide-in donation appeal between headline and body is no standfirst (drk.de).
 */
export function isClutter(el: Element): boolean {
  if (!attrWords(el).length) return false;
  const match = hasAttrWord(el, AD_ATTR_WORDS) || hasAttrWord(el, PROMO_ATTR_WORDS) || hasAttrWord(el, PROMPT_ATTR_WORDS) ||
    hasAttrWord(el, SHARE_ATTR_WORDS);
  return match && removable(el);
}

/** A byline ("By Ana Costa") is shorter than this; a biography is sentences. */
const MIN_BIO = 80;
/** Longer than this, or with more paragraphs and no avatar, it is more than a box (a post with an `author-bio-enabled` class). */
const MAX_BIO = 2500;
const MAX_BIO_PARAGRAPHS = 2;

function longParagraphs(el: Element): number {
  let n = 0;
  for (const p of el.getElementsByTagName('p')) if ((p.textContent ?? '').trim().length >= MIN_BIO) n++;
  return n;
}

/**
 * The writer's picture: WordPress's `avatar` class or a Gravatar image. A box
 * with one is a biography even when it runs to several paragraphs (journelles.de,
 * where Readability took a six-paragraph bio for the article).
 */
function hasAvatar(el: Element): boolean {
  for (const img of el.getElementsByTagName('img')) {
    if (/(^|\s)avatar(\s|$)/i.test(img.getAttribute('class') ?? '') || /(^|\/\/|\.)gravatar\.com\//i.test(img.getAttribute('src') ?? '')) return true;
  }
  return false;
}

function isAuthorBox(el: Element): boolean {
  if (hasAttrWord(el, AUTHOR_BOX_WORDS)) return true;
  return hasAttrWord(el, AUTHOR_WORDS) && hasAttrWord(el, BIO_WORDS);
}

/**
 * The writer's biography under the post. A bio is prose, so the prose guard
 * cannot judge it; instead the box must be bio-sized and hold no headline.
 */
export const authorBoxes: CleanStep = {
  name: 'authorBoxes',
  phase: 'pre',
  run(root, ctx) {
    const all = ctx.elements();
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (!attrWords(el).length || !el.isConnected || !isAuthorBox(el)) continue;
      if (/^(HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName) || inRunningText(el) || el.querySelector('h1')) continue;
      const length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (length < MIN_BIO || length > MAX_BIO || (longParagraphs(el) > MAX_BIO_PARAGRAPHS && !hasAvatar(el))) continue;
      remove(ctx, 'authorBoxes', 'author biography', el);
    }
  },
};

