import { ICON_CLASS, VISUALLY_HIDDEN_CLASS } from '../rules.js';
import { collapse } from '../text.js';
import { hasClassName } from './attrs.js';
import { isIconWord } from './icon-words.js';
import { remove, type CleanContext, type CleanStep } from './step.js';

const STEP = 'icons';
/** An icon element never carries more text than its ligature name. */
const MAX_ICON_TEXT = 40;
/** Pictures this small (either side, in CSS px) are icons, bullets or tracking pixels. */
const MAX_ICON_SIZE = 32;
const ICON_NAME = /(^|[/_.-])(icons?|sprite|emoji|favicon|spinner|loader|pixel|spacer|blank|1x1)([/_.-]|$)/i;

function text(el: Element): string {
  return collapse(el.textContent ?? '');
}

function size(el: Element, attr: 'width' | 'height'): number {
  const v = Number.parseFloat(el.getAttribute(attr) ?? '');
  return Number.isFinite(v) ? v : Number.NaN;
}

function isIconFont(el: Element): boolean {
  if (!hasClassName(el, ICON_CLASS)) return false;
  const t = text(el);
  return t.length <= MAX_ICON_TEXT && (t === '' || isIconWord(t) || !/\s/.test(t)) && !el.querySelector('img, video, picture');
}

function isIconImage(img: Element): boolean {
  const w = size(img, 'width');
  const h = size(img, 'height');
  if ((w <= MAX_ICON_SIZE && h <= MAX_ICON_SIZE) || w <= 2 || h <= 2) return true;
  const name = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''}`;
  const alt = (img.getAttribute('alt') ?? '').trim();
  return ICON_NAME.test(name.split('?')[0]!) || (alt.includes('_') && isIconWord(alt)) || /\bicon\b/i.test(alt);
}

function isIconSvg(svg: Element): boolean {
  const w = size(svg, 'width');
  const h = size(svg, 'height');
  const small = (w <= 64 && h <= 64) || (Number.isNaN(w) && Number.isNaN(h));
  return small || svg.getAttribute('aria-hidden') === 'true' || Boolean(svg.closest('button, a'));
}

function removeAll(ctx: CleanContext, tag: string | null, reason: string, test: (el: Element) => boolean) {
  const all = ctx.elements();
  // Indexed: see removeContainers (containers.ts).
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if ((tag === null || el.localName === tag) && test(el) && el.isConnected) remove(ctx, STEP, reason, el);
  }
}

const isScreenReaderOnly = (el: Element) => hasClassName(el, VISUALLY_HIDDEN_CLASS) && text(el).length <= 60;

/**
 * Icon fonts (`<span class="material-icons">info_icon</span>`), inline SVG
 * icons, icon images and text only screen readers hear. Readability keeps
 * these; their text then reads as stray words (`info_icon`, `arrow_forward`).
 */
export const icons: CleanStep = {
  name: STEP,
  phase: 'pre',
  run(_root, ctx) {
    removeAll(ctx, null, 'icon-font glyph', isIconFont);
    removeAll(ctx, 'svg', 'inline SVG icon', isIconSvg);
    removeAll(ctx, 'img', 'icon image', isIconImage);
    removeAll(ctx, null, 'text for screen readers only', isScreenReaderOnly);
  },
};
