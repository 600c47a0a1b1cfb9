import { CONTROL_LINES, COUNTER_LINE, CREDIT_AGENCIES, CREDIT_LINE, DATE_LINE, IMAGE_COUNTER, NOTICE_LINE } from '../rules.js';
import { collapse } from '../text.js';
import { lineStep, normalizeLabel } from './line-rules.js';
import type { CleanStep } from './step.js';

export function isControlLine(text: string): boolean {
  if (text.length > 40) return false;
  return CONTROL_LINES.has(normalizeLabel(text).replace(/[›»>→…]+$/, '').trim()) || COUNTER_LINE.test(text.trim());
}

/** Site notices and bare date lines; a date line needs at least one digit, so a lone label never matches. */
export function isNoticeLine(text: string): boolean {
  if (text.length > 200) return false;
  const t = text.trim();
  return NOTICE_LINE.test(t) || (t.length <= 60 && /\d/.test(t) && DATE_LINE.test(t));
}

export function isCreditLine(text: string): boolean {
  if (text.length > 90) return false;
  return CREDIT_LINE.test(text.trim()) || CREDIT_AGENCIES.has(normalizeLabel(text)) || IMAGE_COUNTER.test(normalizeLabel(text));
}

export const controls = lineStep('controls', 'page control', (l) => isControlLine(l.text));
export const notices = lineStep('notices', 'site notice or bare date', (l) => isNoticeLine(l.text));
const lineCredits = lineStep('credits', 'picture credit or counter', (l) => isCreditLine(l.text));

/**
 * Picture credits: lines of their own, and credit elements inside a caption
 * ("The glacier in 1995. <span>Foto: Ana Costa</span>"), where the caption
 * stays and only its credit goes.
 */
export const credits: CleanStep = {
  name: 'credits',
  phase: 'post',
  run(root, ctx) {
    lineCredits.run(root, ctx);
    for (const caption of root.querySelectorAll('figcaption, .caption, [class*="caption"]')) {
      const whole = collapse(caption.textContent ?? '');
      for (const el of caption.querySelectorAll('span, small, em, i, cite, p, div')) {
        const text = collapse(el.textContent ?? '');
        if (!text || text === whole || !isCreditLine(text)) continue;
        ctx.removals.push({ step: 'credits', reason: 'picture credit', text });
        el.remove();
      }
    }
  },
};
