import { CONTROL, collapse, isBlockTag } from '../text.js';

/**
 * A line is what a reader sees as one paragraph: a run of inline content
 * inside a block, exactly as `text.ts` splits the article's text. Post-pass
 * steps judge lines, so "Advertisement" is caught whether the page wrapped it
 * in a <p>, a <div>, or left it as a bare text node between two paragraphs.
 */
export interface Line {
  text: string;
  /** The inline nodes that make up the line (text nodes and inline elements). */
  nodes: Node[];
  /** The block the line sits in. */
  block: Element;
}

/** Never read as text. MathML is: its text is the formula (Readability's `mathjax` page). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
/** Elements that are content in themselves even without text. */
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table, hr, math';

/** An inline element with a block inside it (HTML lets an <a> wrap a whole card). */
function holdsBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlockTag(c.tagName) || holdsBlock(c)) return true;
  return false;
}

export function collectLines(root: Element): Line[] {
  const lines: Line[] = [];
  let nodes: Node[] = [];
  let text = '';
  let block: Element = root;
  const flush = (pre = false) => {
    // <pre> keeps its white space; everything else reads as one collapsed paragraph. Most flushes
    // meet nothing or only the white space between two blocks, which collapses to nothing: no passes over it.
    const t = pre ? text.replace(CONTROL, '').replace(/^\n+|\s+$/g, '') : text.trim() ? collapse(text) : '';
    if (t) {
      lines.push({ text: t, nodes, block });
      nodes = [];
    } else if (nodes.length) {
      nodes.length = 0; // no line holds it: reused, not garbage
    }
    text = '';
  };
  const walk = (parent: Element) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        nodes.push(child);
        text += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName; // read once: each read is a call into the DOM
        if (SKIP.has(tag)) continue;
        if (tag === 'PRE') {
          flush();
          block = el;
          nodes = [el];
          text = el.textContent ?? '';
          flush(true);
          block = parent;
        } else if (isBlockTag(tag)) {
          flush();
          block = el;
          walk(el);
          flush();
          block = parent;
        } else if (holdsBlock(el)) {
          // A card: a link around a heading and a paragraph is two lines, not "Ridge Car RentalCompact cars…".
          flush();
          walk(el);
          flush();
        } else {
          nodes.push(el);
          text += tag === 'BR' ? ' ' : el.textContent ?? '';
        }
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

/**
 * Bumped by every post-pass change to an article's tree: setAside, remove()
 * of an empty element, the credit-tail cut. Lines cached before it are stale.
 */
let treeVersion = 0;

export function treeChanged(): void {
  treeVersion++;
}

const cached = new WeakMap<Element, { version: number; lines: Line[] }>();

/**
 * collectLines(root), reused by the next step while the tree is unchanged:
 * a dozen post steps read the article's lines, and on most pages most of
 * them remove nothing (the walk and its text were 9% of readPage in Chromium).
 * Only for a step's root during runSteps, which starts and ends each pass
 * with treeChanged(): outside it, the tree changes without telling.
 */
export function articleLines(root: Element): Line[] {
  const hit = cached.get(root);
  if (hit && hit.version === treeVersion) return hit.lines;
  const lines = collectLines(root);
  cached.set(root, { version: treeVersion, lines });
  return lines;
}

/** True when `el` holds neither text nor media, so removing it loses nothing. */
export function isEmpty(el: Element): boolean {
  return !(el.textContent ?? '').trim() && !el.querySelector(MEDIA) && !el.matches(MEDIA);
}

/**
 * What removing a line takes out: the outermost block (below `root`) it
 * leaves empty, else the line's own nodes. Worked out before anything moves,
 * so the whole can be set aside in one piece.
 */
export function lineUnit(line: Line, root: Element): Node[] {
  // A <pre> is its own line's node: it goes alone.
  if (line.nodes.includes(line.block)) return line.nodes;
  const gone = (n: Node) => line.nodes.some((g) => g.contains(n));
  let top: Element | null = null;
  for (let el: Element | null = line.block; el && el !== root && emptyWithout(el, gone); el = el.parentElement) top = el;
  return top ? [top] : line.nodes;
}

/** isEmpty(el) as it would be once the nodes `gone` accepts were removed. */
function emptyWithout(el: Element, gone: (n: Node) => boolean): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t.nodeValue ?? '').trim() && !gone(t)) return false;
  if (el.matches(MEDIA)) return false;
  for (const m of el.querySelectorAll(MEDIA)) if (!gone(m)) return false;
  return true;
}

/** Fraction of the line's characters that sit inside links. */
export function linkDensity(line: Line): number {
  return linkFacts(line).density;
}

/**
 * The line's link density and how many links it holds (a line inside a link
 * counts as one), in one pass over its nodes: the scorer asks both, and
 * asked separately each node's ancestors were searched for a link twice.
 * `textVisible` is the line's text's count of non-space characters, when the
 * caller has it already.
 */
export function linkFacts(line: Line, textVisible = visible(line.text)): { density: number; links: number } {
  let linked = 0;
  let links = 0;
  let insideLink = false;
  for (const node of line.nodes) {
    if (node.nodeType !== 1) {
      if (node.parentElement?.closest('a')) { linked += visible(node.nodeValue); insideLink = true; }
      continue;
    }
    const el = node as Element;
    if (el.tagName === 'A') { links++; linked += visible(el.textContent); continue; }
    const anchors = el.getElementsByTagName('a');
    links += anchors.length;
    if (el.closest('a')) { linked += visible(el.textContent); insideLink = true; }
    else for (let k = 0; k < anchors.length; k++) linked += visible(anchors[k]!.textContent);
  }
  if (!links && insideLink) links = 1;
  return { density: textVisible ? Math.min(1, linked / textVisible) : 0, links };
}

/** Characters that are not white space: what link density measures. */
const visible = (s: string | null) => (s ?? '').replace(/\s/g, '').length;
