import { TOC_LABEL } from '../rules.js';
import { collapse } from '../text.js';
import { linesText, logRemoval, stillIn, type CleanStep } from './step.js';

/** Fewer entries than this is a pair of jump links, not a table of contents. */
const MIN_ENTRIES = 3;
/** Share of the list's letters that must be link text. */
const LINK_SHARE = 0.9;
/** Share of its links that must land on an element of the article. */
const ON_TARGET = 0.5;

const letters = (s: string | null | undefined) => (s ?? '').replace(/\s/g, '').length;

/** The ids and anchor names a fragment link can land on. */
function targets(root: Element): Set<string> {
  const out = new Set<string>();
  for (const el of root.querySelectorAll('[id], a[name]')) {
    const id = el.getAttribute('id') ?? el.getAttribute('name');
    if (id) out.add(id);
  }
  return out;
}

function fragment(a: Element): string {
  const href = a.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return '';
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** A list of links that jump to places in this article and say nothing else. */
function isContents(list: Element, ids: Set<string>): boolean {
  const links = [...list.querySelectorAll('a[href]')];
  if (links.length < MIN_ENTRIES) return false;
  const frags = links.map(fragment);
  if (frags.some((f) => !f)) return false;
  if (frags.filter((f) => ids.has(f)).length < links.length * ON_TARGET) return false;
  const linked = links.reduce((n, a) => n + letters(a.textContent), 0);
  return linked >= letters(list.textContent) * LINK_SHARE;
}

/**
 * The list with what wraps it and its label: climb while the parent holds
 * nothing but the list, or the list and a label such as "Inhaltsverzeichnis"
 * (`<div><p>Inhaltsverzeichnis</p></div><nav><ul>…`, silkes-weinkeller.de).
 */
function contentsBlock(list: Element, root: Element): Element[] {
  let block = list;
  const listText = collapse(list.textContent ?? '');
  for (let up = block.parentElement; up && up !== root; up = up.parentElement) {
    const text = collapse(up.textContent ?? '');
    if (text !== listText && !(text.endsWith(listText) && TOC_LABEL.test(text.slice(0, -listText.length).trim()))) break;
    block = up;
  }
  const label = block.previousElementSibling;
  return label && TOC_LABEL.test(collapse(label.textContent ?? '')) ? [label, block] : [block];
}

/**
 * A table of contents prints the article's headings a second time, as links
 * that only work on the original page. It goes with its label; the headings
 * stay where they are. Footnote lists are not taken: their entries hold more
 * than a link.
 */
export const contents: CleanStep = {
  name: 'contents',
  phase: 'post',
  run(root, ctx) {
    const ids = targets(root);
    if (!ids.size) return;
    for (const list of stillIn(root, 'ul, ol')) {
      if (list.parentElement?.closest('ul, ol') || !isContents(list, ids)) continue;
      const nodes = contentsBlock(list, root);
      // Logged whole, not clipped: every entry is a heading the reader can still find in the article.
      logRemoval(ctx, { step: 'contents', reason: 'table of contents', text: linesText(nodes) }, nodes);
    }
  },
};
