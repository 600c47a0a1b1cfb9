import type { Removal } from '../types.js';
import { collapse } from '../text.js';
import { setAside, type SetAside } from './aside.js';
import { collectLines, lineUnit, treeChanged, type Line } from './lines.js';

/** What a cleanup step may read and where it records what it took out. */
export interface CleanContext {
  /** Article title and byline as Readability found them (post pass only; '' before). */
  title: string;
  byline: string;
  removals: Removal[];
  /** Every element of the pass's root, listed once per pass; steps skip those already removed (not connected). */
  elements(): readonly Element[];
  /** Set by runSteps: pre-pass removals are anchored so that only those inside the article are reported. */
  phase?: 'pre' | 'post';
  /** Post-pass removals waiting behind placeholders (aside.ts). */
  aside: SetAside[];
  /** This run's anchor attribute (anchorAttr). */
  anchor: string;
}

/**
 * Marks, on the ancestors of a pre-pass removal, the indices of the removals
 * made there. The name is new on every run, so no page can forge it (and no
 * pass over the whole page is needed to strip forged ones).
 */
export function anchorAttr(): string {
  return `data-sift-anchor-${Math.random().toString(36).slice(2, 10)}`;
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

/** Elements worth listing even without text: they showed something. */
const LOGGED_EMPTY = new Set(['img', 'iframe', 'video', 'svg', 'picture', 'ins', 'amp-ad', 'embed', 'object']);

/** A removal's text as the reader lists it: long blocks are cut short. */
export function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/** Remove `node` and log it under `step` with `reason`. */
export function remove(ctx: CleanContext, step: string, reason: string, node: Node): void {
  // Read an element line by line, so "Sign up" and "Nature news" do not run together.
  const text = node.nodeType === 1
    ? collectLines(node as Element).map((l) => l.text).join(' ')
    : collapse(node.textContent ?? '');
  const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
  if (!text && !LOGGED_EMPTY.has(tag)) {
    // An empty wrapper or glyph: nothing a reader would miss or want listed.
    treeChanged();
    node.parentNode?.removeChild(node);
    return;
  }
  const removal = { step, reason, text: clip(text || `[${tag}]`) };
  if (ctx.phase === 'post') {
    // Behind a placeholder, so the reader can show it back where it was.
    logRemoval(ctx, removal, [node]);
    return;
  }
  // Mark every ancestor: whichever of them ends up in the article (Readability
  // may drop the emptied parent itself) shows the removal was made inside it.
  for (let a = node.parentElement; a && a.tagName !== 'BODY' && a.tagName !== 'HTML'; a = a.parentElement) {
    a.setAttribute(ctx.anchor, `${a.getAttribute(ctx.anchor) ?? ''} ${ctx.removals.length}`.trim());
  }
  ctx.removals.push(removal);
  node.parentNode?.removeChild(node);
}

/**
 * Elements under `root` that match `selector` and are still there: a post
 * step's own removals move nodes out of the article, which is detached from
 * any document, so `isConnected` cannot tell what is gone.
 */
export function* stillIn(root: Element, selector: string): Generator<Element> {
  for (const el of root.querySelectorAll(selector)) if (root.contains(el)) yield el;
}

/** The lines of `nodes` as one removal text: "Neue Buslinie … · Wochenmarkt … · Derby endet torlos". */
export function linesText(nodes: readonly Element[]): string {
  return nodes.flatMap((n) => collectLines(n).map((l) => l.text)).join(' · ');
}

/** Post pass: log `removal` and set `nodes` (siblings) aside behind a placeholder. */
export function logRemoval(ctx: CleanContext, removal: Removal, nodes: readonly Node[]): void {
  setAside(ctx.aside, ctx.removals.push(removal) - 1, nodes);
}

/** Post pass: remove a line with the blocks it leaves empty, logged under `step`. */
export function removeLine(ctx: CleanContext, step: string, reason: string, line: Line, root: Element): void {
  logRemoval(ctx, { step, reason, text: line.text }, lineUnit(line, root));
}
