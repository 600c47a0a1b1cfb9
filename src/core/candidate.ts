import { descendants, runSteps, type CleanContext } from './clean/index.js';
import { extract, type Extracted } from './extract.js';
import { coverage, findProseBlock, proseParagraphs, type ProseBlock } from './prose.js';

/**
 * Readability, with a second opinion on its choice of container. Before it
 * runs, the prose block is measured (prose.ts); when Readability's article
 * holds less than half of that prose and the block has at least twice as
 * much prose as the article, Readability picked the wrong container, so it
 * is run again on a fresh clone holding only the block. A Readability
 * article with a story's worth of prose is trusted as it is. Switch off as
 * 'proseBlock'.
 */
const MIN_BLOCK = 400;
const POOR_COVERAGE = 0.5;
const SWITCH_RATIO = 2;
const TRUSTED_PROSE = 1000;

export interface Prepared {
  clone: Document;
  ctx: CleanContext;
}

type Prepare = () => Prepared;

export interface Checked {
  found: Extracted | null;
  /** Time spent inside Readability itself; the rest is ours. */
  readabilityMs: number;
}

/** Child-index path from the root element, so the block can be found again in another clone. */
function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let e: Element | null = el; e?.parentElement; e = e.parentElement) {
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.unshift(i);
  }
  return path;
}

function atPath(doc: Document, path: readonly number[]): Element | null {
  let e: Element | null = doc.documentElement;
  for (const i of path) e = e?.children[i] ?? null;
  return e;
}

/** Prose in Readability's article, judged the same way as the block's. */
function proseChars(root: Element): number {
  return proseParagraphs(root, descendants(root)).reduce((n, p) => n + p.text.length, 0);
}

function wrongContainer(block: ProseBlock, found: Extracted | null): boolean {
  if (block.chars < MIN_BLOCK) return false;
  if (!found) return true;
  const text = found.root.textContent ?? '';
  if (coverage(block, text) >= POOR_COVERAGE) return false;
  const prose = proseChars(found.root);
  // A story of its own (150 words or so) is Readability's real pick, even if a gallery of
  // fifty teasers next to it holds more prose (Independent, Readability's bug-1255978 page).
  return prose < TRUSTED_PROSE && block.chars >= SWITCH_RATIO * prose;
}

/**
 * Extract the article from a prepared clone. `prepare` makes another clone
 * (pre steps run) when the second opinion is needed; the caller's context is
 * replaced with that clone's, so the removal log matches the article.
 */
export function extractChecked(first: Prepared, prepare: Prepare, disable: readonly string[]): Checked {
  let readabilityMs = 0;
  const timed = (clone: Document): Extracted | null => {
    const t = performance.now();
    try {
      return extract(clone);
    } finally {
      readabilityMs += performance.now() - t;
    }
  };
  const root = first.clone.documentElement;
  const block = disable.includes('proseBlock') ? null : findProseBlock(root, descendants(root));
  const path = block ? pathOf(block.el) : [];
  const found = timed(first.clone);
  if (!block || !wrongContainer(block, found)) return { found, readabilityMs };

  const second = prepare();
  const el = atPath(second.clone, path);
  if (!el || !second.clone.body) return { found, readabilityMs };
  second.clone.body.replaceChildren(el);
  const scoped = timed(second.clone);
  if (!scoped || coverage(block, scoped.root.textContent ?? '') < POOR_COVERAGE) return { found, readabilityMs };
  first.clone = second.clone;
  first.ctx = second.ctx;
  return { found: found ? { ...found, root: scoped.root } : scoped, readabilityMs };
}
