import { contents } from './contents.js';
import { adContainers, authorBoxes, promoModules, prompts, shareBars } from './containers.js';
import { iconWords } from './icon-words.js';
import { treeChanged } from './lines.js';
import { icons } from './icons.js';
import { adLabels, imageLabels, promoLines, sharePrompts } from './line-rules.js';
import { languageMenus } from './menus.js';
import { controls, credits, endMatter, notices } from './more-lines.js';
import { repeatedBlocks, repeatedHeader } from './repeated.js';
import { type CleanContext, type CleanStep } from './step.js';
import { teaserCards } from './teasers.js';

/**
 * Every cleanup step, in the order it runs; each can be switched off by name
 * (ReadOptions.disable). Pre steps see the whole page before Readability;
 * post steps see the article. Icon words go before the repeat check, so a
 * caption followed by `info_icon` matches its twin.
 */
export const STEPS: CleanStep[] = [
  adContainers, promoModules, prompts, shareBars, authorBoxes, icons,
  iconWords, adLabels, promoLines, teaserCards, imageLabels, credits, sharePrompts, controls, languageMenus, notices, endMatter, contents, repeatedHeader, repeatedBlocks,
];

export function runSteps(
  phase: CleanStep['phase'],
  root: Element,
  ctx: CleanContext,
  disable: readonly string[] = [],
  steps: readonly CleanStep[] = STEPS,
): void {
  ctx.phase = phase;
  let all: Element[] | null = null;
  ctx.elements = () => (all ??= descendants(root));
  // Lines cached by articleLines live within one pass, where every change goes through the steps' helpers.
  treeChanged();
  try {
    for (const step of steps) {
      if (step.phase !== phase || disable.includes(step.name)) continue;
      step.run(root, ctx);
    }
  } finally {
    treeChanged();
  }
}

/**
 * All elements under `root` in document order. A plain walk: spreading a live
 * HTMLCollection costs quadratic time in jsdom, where the CLI and tests run.
 */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/**
 * Keep only the pre-pass removals made inside what became the article: the
 * rest (a menu icon in the site header, an ad in the footer) Readability
 * would have dropped anyway, and the reader should not count them.
 */
export function keepArticleRemovals(article: Element, ctx: CleanContext): void {
  const inside = new Set<number>();
  const anchors = [article, ...article.querySelectorAll(`[${ctx.anchor}]`)];
  for (const el of anchors) {
    for (const i of (el.getAttribute(ctx.anchor) ?? '').split(' ')) if (i) inside.add(Number(i));
    el.removeAttribute(ctx.anchor);
  }
  ctx.removals = ctx.removals.filter((_, i) => inside.has(i));
}

export type { CleanContext, CleanStep };
