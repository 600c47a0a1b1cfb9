import type { Removal } from '../types.js';

/** What a cleanup step may read and where it records what it took out. */
export interface CleanContext {
  doc: Document;
  /** Article title and excerpt as Readability found them (post pass only; '' before). */
  title: string;
  excerpt: string;
  removals: Removal[];
}

/**
 * One named cleanup step. `pre` steps run on the whole cloned document before
 * Readability scores it; `post` steps run on the extracted article element.
 */
export interface CleanStep {
  name: string;
  phase: 'pre' | 'post';
  run(root: Element, ctx: CleanContext): void;
}

/** Remove `node` and log it under `step` with `reason`. */
export function remove(ctx: CleanContext, step: string, reason: string, node: Node): void {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const label = text || (node.nodeType === 1 ? `[${(node as Element).tagName.toLowerCase()}]` : '');
  ctx.removals.push({ step, reason, text: label.length > 300 ? `${label.slice(0, 297)}…` : label });
  node.parentNode?.removeChild(node);
}
