import { CONTROL_LINES, CREDIT_AGENCIES, CREDIT_LINE, IMAGE_COUNTER } from '../rules.js';
import { lineStep, normalizeLabel } from './line-rules.js';

export function isControlLine(text: string): boolean {
  return text.length <= 40 && CONTROL_LINES.has(normalizeLabel(text).replace(/[›»>→…]+$/, '').trim());
}

export function isCreditLine(text: string): boolean {
  if (text.length > 90) return false;
  return CREDIT_LINE.test(text.trim()) || CREDIT_AGENCIES.has(normalizeLabel(text)) || IMAGE_COUNTER.test(normalizeLabel(text));
}

export const controls = lineStep('controls', 'page control', (l) => isControlLine(l.text));
export const credits = lineStep('credits', 'picture credit or counter', (l) => isCreditLine(l.text));
