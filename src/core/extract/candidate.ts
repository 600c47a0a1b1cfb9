import { descendants, runSteps, type CleanContext } from '../clean/index.js';
import { extract, type Extracted } from './extract.js';
import { allProseParagraphs, coverage, findProseBlock, proseParagraphs, type ProseBlock } from './prose.js';
import { collapse } from '../text.js';
import { shapedThread, threadBlock } from './thread.js';
import { titleStory } from './title-story.js';
import { DIALOG_ATTR_WORDS, NOT_STORY_ATTR_WORDS } from '../rules.js';

/**
 * Readability, with a second opinion on its choice of container. Before it
 * runs, two blocks are measured:
 * - the story under the page's own headline, when the page stacks several
 *   stories (title-story.ts): when Readability's article holds less than half
 *   of its prose, Readability picked another story;
 * - the prose block (prose.ts): when Readability's article holds less than
 *   half of that prose and the block has at least twice as much prose as the
 *   article, Readability picked the wrong container. A Readability article
 *   with a story's worth of prose is trusted as it is.
 * Either way Readability runs again on a fresh clone holding only the block.
 * If even there it keeps less than 80% of the block's prose (a table of
 * contacts inside the story outscored it, or the story is split over several
 * text fields), the block itself is the article. Switch off as 'titleStory'
 * and 'proseBlock'.
 */
const MIN_BLOCK = 400;
const POOR_COVERAGE = 0.5;
const SWITCH_RATIO = 2;
const TRUSTED_PROSE = 1000;
/** Readability's pick inside the block must hold this share of its prose, or the block is taken whole. */
const GOOD_COVERAGE = 0.8;
/** Readability's own prose is not in comments, margins or dialogs. */
const OWN_PROSE_WORDS = [NOT_STORY_ATTR_WORDS, DIALOG_ATTR_WORDS];
const NO_META = { title: '', byline: '', siteName: '', publishedTime: '', lang: '', dir: '', excerpt: '' };

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

/**
 * Prose in Readability's article, judged as the block's is, but whatever
 * tags hold it: a Webflow page's story sits in a `<header>` section
 * (venteur.com), and would count as no prose at all, and be replaced. Class
 * words still count: a cookie dialog's purposes are no story (watchfinder.com).
 */
function proseChars(root: Element): number {
  return articleProse(root).reduce((n, p) => n + p.text.length, 0);
}

function articleProse(root: Element): Array<{ el: Element; text: string }> {
  return proseParagraphs(root, descendants(root), undefined, false);
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
 * Readability kept one post of a thread (thread.ts), or a few, and dropped
 * the rest. Unless its article holds prose of its own that is not in the
 * posts: then Readability found a story, and the "posts" may be what follows
 * it. Signed posts beside a story are its readers' comments (almanac.com):
 * a story's worth of prose keeps it. Unsigned ones are an FAQ's answers
 * (venteur.com) or the sections of a service page (toptal.com): the story
 * stays when it outweighs them. Its own prose is counted wherever it sits (a
 * story in an ad layout block, a <header> section), but not in comments or margins.
 */
function missedPosts(thread: ProseBlock, found: Extracted | null): boolean {
  if (thread.chars < MIN_BLOCK) return false;
  if (!found) return true;
  if (coverage(thread, found.root.textContent ?? '') >= GOOD_COVERAGE) return false;
  const posts = thread.partsText ?? '';
  const own = proseParagraphs(found.root, descendants(found.root), OWN_PROSE_WORDS, false)
    .reduce((n, p) => n + (posts.includes(p.text) ? 0 : p.text.length), 0);
  return own < (thread.signed ? MIN_BLOCK : thread.chars);
}

/** Readability's article holds little of the prose under the page's own headline. */
function missedStory(story: ProseBlock, found: Extracted | null): boolean {
  if (story.chars < MIN_BLOCK) return false;
  return !found || coverage(story, found.root.textContent ?? '') < POOR_COVERAGE;
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
  const elements = descendants(root);
  const story = disable.includes('titleStory') ? null : titleStory(root, elements);
  const prose = disable.includes('proseBlock') ? null : findProseBlock(root, elements);
  const thread = disable.includes('thread') ? null : threadBlock(prose) ?? shapedThread(allProseParagraphs(root, elements));
  const storyPath = story ? pathOf(story.el) : [];
  const prosePath = prose ? pathOf(prose.el) : [];
  const postPaths = thread?.parts?.map(pathOf) ?? [];
  const found = timed(first.clone);
  let block: ProseBlock;
  let path: number[];
  if (!(story && missedStory(story, found)) && thread && missedPosts(thread, found)) {
    // The thread holds the prose block: all of its posts, not the longest one.
    const posts = postsOf(first, prepare(), postPaths, found, thread);
    if (posts) return { found: posts, readabilityMs };
  }
  if (story && missedStory(story, found)) {
    [block, path] = [story, storyPath];
  } else if (prose && wrongContainer(prose, found)) {
    [block, path] = [prose, prosePath];
  } else {
    return { found, readabilityMs };
  }

  const second = prepare();
  const el = atPath(second.clone, path);
  if (!el || !second.clone.body) return { found, readabilityMs };
  second.clone.body.replaceChildren(el);
  // Readability takes the block apart; a copy made now is the article if its pick falls short.
  const spare = el.cloneNode(true) as Element;
  const scoped = timed(second.clone);
  const scopedCoverage = scoped ? coverage(block, scoped.root.textContent ?? '') : 0;
  let article: Element;
  if (scoped && scopedCoverage >= GOOD_COVERAGE) {
    article = scoped.root;
  } else {
    // Readability, even inside the block, again chose a part of it (a table of
    // contacts inside the story, one of several text fields): the block itself is the article.
    if (!collapse(spare.textContent ?? '')) return { found, readabilityMs };
    article = second.clone.createElement('div');
    article.append(spare);
  }
  first.clone = second.clone;
  first.ctx = second.ctx;
  const meta = found ?? scoped ?? NO_META;
  return { found: { ...meta, excerpt: excerptFor(found, scoped, block), root: article }, readabilityMs };
}

/**
 * A thread's posts (thread.ts), found again in the fresh clone, one after the
 * other as the article. Readability would take them apart again: it keeps
 * the longest post. Null when they are not found again or miss the thread's
 * prose: the other checks then have their say.
 */
function postsOf(first: Prepared, second: Prepared, paths: readonly number[][], found: Extracted | null, block: ProseBlock): Extracted | null {
  const posts = paths.map((p) => atPath(second.clone, p));
  if (posts.some((p) => !p)) return null;
  const article = second.clone.createElement('div');
  posts.forEach((post, i) => {
    // Each post under its author and date, as the thread shows them.
    const meta = block.partsMeta?.[i];
    if (meta) {
      const line = second.clone.createElement('p');
      line.textContent = meta;
      article.append(line);
    }
    article.append(post!);
  });
  // The posts found again must hold the thread's prose: elements that only share the
  // posts' tag and class (a "Read in English" link beside each section, nytimes-5) are not a thread.
  if (coverage(block, article.textContent ?? '') < GOOD_COVERAGE) return null;
  first.clone = second.clone;
  first.ctx = second.ctx;
  return { ...(found ?? NO_META), excerpt: excerptFor(found, null, block), root: article };
}

/**
 * Readability's excerpt is the page's description, or else the first
 * paragraph of the article it chose; the latter is wrong once the article is replaced.
 */
function excerptFor(found: Extracted | null, scoped: Extracted | null, block: ProseBlock): string {
  const first = found?.excerpt ?? '';
  const fromWrongArticle = first && collapse(found?.root.textContent ?? '').includes(collapse(first))
    && !block.texts.some((t) => t.includes(collapse(first)));
  if (first && !fromWrongArticle) return first;
  return block.texts[0] || scoped?.excerpt || '';
}
