import { CONTROL_LINES, CREDIT_AGENCIES, CREDIT_LINE, DATE_LINE, IMAGE_COUNTER, NOTICE_LINE } from '../rules.js';
import { lineStep, normalizeLabel } from './line-rules.js';

export function isControlLine(text: string): boolean {
  return text.length <= 40 && CONTROL_LINES.has(normalizeLabel(text).replace(/[›»>→…]+$/, '').trim());
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
export const credits = lineStep('credits', 'picture credit or counter', (l) => isCreditLine(l.text));
