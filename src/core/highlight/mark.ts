import { isSpace } from './tokens.js';

/** One highlight to mark: a range of the article text. */
export interface Range {
  start: number;
  end: number;
}

/** A piece of a text node to wrap. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** Never read as text, as in clean/lines.ts. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** text.ts's CONTROL, by code: C0 but tab, line feed and carriage return; DEL and C1; the soft hyphen. */
const isControl = (c: number) => c <= 8 || c === 11 || c === 12 || (c >= 14 && c <= 31) || (c >= 127 && c <= 159) || c === 173;

/**
 * The text-node pieces that hold each range, or null for a range that cannot
 * be found in the DOM. `text` was built from `root` (article-text.ts): its
 * letters, digits and punctuation are those of the text nodes in document
 * order, only white space differs (collapsed, blank lines between blocks). So
 * a single walk over the text nodes, matching every other character, finds
 * where each range begins and ends — far cheaper in jsdom than rebuilding the
 * lines. The walk stops after the last range. `ranges` are in text order and
 * never overlap.
 */
export function planMarks(root: Element, text: string, ranges: readonly Range[]): (Piece[] | null)[] {
  const out: (Piece[] | null)[] = ranges.map(() => null);
  // Each range from its first to its last character that is not white space.
  const bounds = ranges.map((r) => {
    let s = r.start;
    let e = r.end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return [s, e - 1] as const;
  });
  let k = 0;
  while (k < ranges.length && bounds[k]![0] > bounds[k]![1]) k++;
  if (k === ranges.length) return out;
  let j = 0;
  let pieces: Piece[] | null = null;
  let done = false;
  const visit = (node: Text): void => {
    const v = node.data;
    // A range that began in an earlier node covers this one from its start.
    let open = pieces ? 0 : -1;
    for (let i = 0; i < v.length && !done; i++) {
      const code = v.charCodeAt(i);
      if (isSpace(code) || isControl(code)) continue;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== code) {
        // The DOM no longer reads as the text: mark nothing further.
        done = true;
        break;
      }
      // Indexed, not destructured: this runs for every character, mostly in code the engine has not optimised.
      const s = bounds[k]![0];
      const e = bounds[k]![1];
      if (j === s) {
        pieces = [];
        open = i;
      }
      if (j === e && pieces) {
        pieces.push({ node, from: open, to: i + 1 });
        out[k] = pieces;
        pieces = null;
        open = -1;
        do k++;
        while (k < ranges.length && bounds[k]![0] > bounds[k]![1]);
        if (k === ranges.length) done = true;
      }
      j++;
    }
    // A range that goes on into the next text node: this one is wrapped to its end.
    if (pieces && !done) pieces.push({ node, from: open, to: v.length });
  };
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child && !done; child = child.nextSibling) {
      if (child.nodeType === 3) visit(child as Text);
      else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName)) walk(child as Element);
    }
  };
  walk(root);
  return out;
}

/**
 * Wrap the pieces in <mark data-sift-highlight="index">, one mark per text
 * node, so a highlight that crosses a link or an <em> never breaks the markup
 * and never wraps a block. Marks go in from the end of the text backwards:
 * splitting a node then never moves the offsets still to be marked. `plans`
 * are in reading order.
 */
export function applyMarks(plans: readonly { pieces: Piece[]; index: number }[]): void {
  // Plans come in reading order and never overlap, their pieces too: reversed, they run backwards.
  for (let p = plans.length - 1; p >= 0; p--) {
    const { pieces, index } = plans[p]!;
    for (let k = pieces.length - 1; k >= 0; k--) {
      const { node, from, to } = pieces[k]!;
      const parent = node.parentNode;
      const value = node.data;
      if (!parent || to > value.length || from >= to) continue;
      // The mark is filled while detached, and the node keeps the text before it: the fewest
      // changes to the live tree (each costs a mutation record in jsdom).
      const doc = node.ownerDocument;
      const mark = doc.createElement('mark');
      mark.setAttribute('data-sift-highlight', String(index));
      mark.textContent = value.slice(from, to);
      const next = node.nextSibling;
      const after = to < value.length ? doc.createTextNode(value.slice(to)) : null;
      if (after) parent.insertBefore(after, next);
      parent.insertBefore(mark, after ?? next);
      if (from > 0) node.data = value.slice(0, from);
      else parent.removeChild(node);
    }
  }
}
