import { collectLines } from '../clean/lines.js';

/**
 * Plain text of an article element: one paragraph per line (see lines.ts),
 * paragraphs separated by a blank line, white space kept only in <pre>.
 */
export function articleText(root: Element): string {
  return collectLines(root).map((l) => l.text).join('\n\n');
}
