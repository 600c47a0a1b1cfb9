import type { Removal } from '../types.js';
import { isBlock } from '../text.js';
import { treeChanged } from './lines.js';

/**
 * What the post pass removes waits behind a comment where it was, so the
 * reader can show it back in place (ReadOptions.keepRemoved). The comment is
 * left whatever the option: every later step, the text and the highlights
 * then see the same tree either way, and a comment is neither text nor media
 * to anything that reads the article (lines.ts, isEmpty, textContent).
 */
export interface SetAside {
  comment: Comment;
  nodes: Node[];
  /** Index of the removal in the context's removals. */
  removal: number;
}

/** Marks the hidden wrapper around a removed item; the value is the removal's index. */
export const REMOVED_ATTR = 'data-sift-removed';

/** A <div> here would be moved out of the table when the HTML is parsed again. */
const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP']);

/**
 * Replace `nodes` (siblings, in order) with one placeholder. Placeholders of
 * earlier removals lying between them go along: they were inside this line.
 */
export function setAside(list: SetAside[], removal: number, nodes: readonly Node[]): void {
  const live = nodes.filter((n) => n.parentNode);
  const first = live[0];
  const last = live[live.length - 1];
  if (!first || !last) return;
  const taken: Node[] = [];
  for (let n: Node | null = first; n; n = n.nextSibling) {
    if (n.nodeType === 8 || live.includes(n)) taken.push(n);
    if (n === last) break;
  }
  treeChanged();
  const comment = first.ownerDocument!.createComment('sift-removed');
  first.parentNode!.insertBefore(comment, first);
  for (const n of taken) n.parentNode?.removeChild(n);
  list.push({ comment, nodes: taken, removal });
}

function wrapperFor(comment: Comment, nodes: readonly Node[], index: number): Element | null {
  const parent = comment.parentElement;
  if (!parent || TABLE_PARTS.has(parent.tagName)) return null;
  // Inside a line of text a <div> would end the paragraph when the HTML is parsed again.
  const inline = !isBlock(parent) || nodes.every((n) => n.nodeType !== 1 || !isBlock(n as Element));
  const wrapper = comment.ownerDocument.createElement(inline ? 'span' : 'div');
  wrapper.setAttribute(REMOVED_ATTR, String(index));
  wrapper.setAttribute('hidden', '');
  wrapper.append(...nodes);
  return wrapper;
}

/**
 * Before sanitizing: with `keep`, each placeholder still in the article
 * becomes a hidden wrapper around what was removed, and its removal is marked
 * inPlace; otherwise the placeholder goes. Latest first: a later removal may
 * hold an earlier placeholder (a caption whose icon word went first), which
 * is back in the article by the time it is reached. A placeholder inside
 * something removed again (or dropped by a recovery) puts its nodes back, so
 * whatever holds it is whole.
 */
export function settleAside(root: Element, list: readonly SetAside[], removals: Removal[], keep: boolean): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const { comment, nodes, removal } = list[i]!;
    if (!root.contains(comment)) {
      comment.replaceWith(...nodes);
      continue;
    }
    const wrapper = keep ? wrapperFor(comment, nodes, removal) : null;
    if (wrapper) {
      comment.replaceWith(wrapper);
      removals[removal]!.inPlace = true;
    } else {
      comment.remove();
    }
  }
}

/** A page's own markers must not pass for ours (see the sanitizer) nor vouch for a removal. */
export function stripOwnMarkers(root: Element, attrs: readonly string[]): void {
  for (const el of [root, ...root.querySelectorAll(attrs.map((a) => `[${a}]`).join(','))]) {
    for (const a of attrs) el.removeAttribute(a);
  }
}
