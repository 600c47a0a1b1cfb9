import { AD_ATTRIBUTES, AD_HOSTS, AD_ATTR_WORDS, AD_TAGS, PROMO_ATTR_WORDS, PROMPT_ATTR_WORDS, SHARE_ATTR_WORDS } from '../rules.js';
import { attrWords, hasAttrWord } from './attrs.js';
import { removable } from './guard.js';
import { remove, type CleanContext, type CleanStep } from './step.js';

/**
 * Remove the outermost elements that `match`, unless they hold prose. Runs on
 * the whole document before Readability, so clutter cannot lend its links and
 * short lines to Readability's scoring.
 */
function removeContainers(root: Element, ctx: CleanContext, step: string, reason: string,
  match: (el: Element) => boolean): void {
  // Document order visits a parent before its children; once a parent is
  // gone its children are disconnected and skipped. A parent spared by the
  // prose guard still lets its own ad slots be found.
  for (const el of ctx.elements()) {
    if (attrWords(el).length && match(el) && el.isConnected && removable(el)) remove(ctx, step, reason, el);
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
  for (const name of el.getAttributeNames()) {
    const test = AD_ATTRIBUTES[name];
    if (test && test.test(el.getAttribute(name) ?? '')) return true;
  }
  return false;
}

export const adContainers: CleanStep = {
  name: 'adContainers',
  phase: 'pre',
  run(root, ctx) {
    for (const el of ctx.elements()) {
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
  run: (root, ctx) => removeContainers(root, ctx, 'prompts', 'newsletter, paywall or cookie prompt',
    (el) => hasAttrWord(el, PROMPT_ATTR_WORDS)),
};

export const shareBars: CleanStep = {
  name: 'shareBars',
  phase: 'pre',
  run: (root, ctx) => removeContainers(root, ctx, 'shareBars', 'share or follow bar',
    (el) => hasAttrWord(el, SHARE_ATTR_WORDS)),
};
