import { blockOf, length, type ProseBlock } from './prose.js';
import { postMeta } from './post-meta.js';
import { collapse, commonAncestor } from '../text.js';

/**
 * A forum or Q&A thread: the question and its answers are the content, not
 * one post among comments. Readability keeps the longest post (a Stack
 * Exchange answer) and drops the question and the other answers. Seen by
 * structure, two ways:
 * - the element that gathers the most prose (a post's body) has twins of
 *   the same tag and class elsewhere on the page that hold prose of their own;
 * - failing that, posts by their shape (shapedThread): forum software puts
 *   posts in comment and reply boxes, whose class words keep them out of the
 *   prose block altogether (Invision's `ipsComment`, vBulletin's `tpost`).
 * The thread is those posts, in order (`parts`): their bodies, without the
 * vote buttons, user cards and comment links around them.
 */
const MIN_POSTS = 2;
/** The other posts must add this share of the longest post's prose, or they are snippets. */
const MIN_ADDED = 0.25;
/** Below this share of distinct prose, the posts are copies of one text. */
const DISTINCT = 0.7;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

function headedByLink(part: Element): boolean {
  for (const h of part.querySelectorAll(HEADINGS)) {
    const a = h.querySelector('a[href]') ?? h.closest('a[href]');
    // A link with a fragment is the post's own permalink (phpBB's "./viewtopic.php?p=7732260#p7732260").
    if (a && !(a.getAttribute('href') ?? '').includes('#')) return true;
  }
  return false;
}

/** How far above the most prose-gathering element a post's body may sit (a list inside the answer). */
const POST_LEVELS = 4;

type Paragraphs = ReadonlyArray<{ el: Element; text: string }>;

export function threadBlock(prose: ProseBlock | null): ProseBlock | null {
  const paragraphs = prose?.paragraphs;
  if (!paragraphs) return null;
  // Teaser cards share a tag and class as posts do, but their text is a link (an <ol> of
  // story cards, each an <a> around headline and summary: nytimes-5); a post's text is not.
  if (prose?.core?.closest('a')) return null;
  let el: Element | null | undefined = prose?.core;
  for (let i = 0; el && i < POST_LEVELS && el.tagName !== 'BODY'; i++, el = el.parentElement) {
    const cls = el.getAttribute('class');
    if (!cls) continue;
    const tag = el.tagName;
    const thread = postsOf(el, (e) => e.tagName === tag && e.getAttribute('class') === cls, paragraphs, MIN_POSTS);
    if (thread) return thread;
  }
  return null;
}

/**
 * The thread whose posts are `sample` and the elements that are the same
 * kind of post (`same`), found from the prose paragraphs they hold: at least
 * `minPosts` of them holding prose, the others adding MIN_ADDED of the
 * largest one's, under one container below <body>.
 */
function postsOf(sample: Element, same: (el: Element) => boolean, paragraphs: Paragraphs, minPosts: number, signedOnly = false): ProseBlock | null {
  const owner = (el: Element): Element | null => {
    for (let a = el.parentElement; a; a = a.parentElement) if (same(a)) return a;
    return null;
  };
  const posts = new Map<Element, number>();
  for (const { el, text } of paragraphs) {
    const post = owner(el);
    if (post) posts.set(post, (posts.get(post) ?? 0) + text.length);
  }
  if (posts.size < minPosts) return null;
  const largest = Math.max(...posts.values());
  const all = [...posts.values()].reduce((n, c) => n + c, 0);
  if (all - largest < MIN_ADDED * largest) return null;
  let meet: Element | null = sample;
  for (const p of posts.keys()) meet = meet && commonAncestor(meet, p);
  if (!meet || meet.tagName === 'BODY' || meet.tagName === 'HTML') return null;
  // Every post of the kind where they meet, short ones too ("Thanks, that fixed it."), outermost only.
  const parts = [...meet.getElementsByTagName(sample.tagName)].filter((e) => same(e) && !owner(e));
  if (parts.some((p) => p.closest('a'))) return null;
  // Entries headed by a link to their own page are a list of stories (a blog's next posts under the
  // one being read, theeventscalendar.com), not a thread: a post's heading, if any, links to itself.
  if (parts.filter(headedByLink).length >= parts.length / 2) return null;
  const texts = paragraphs.filter((p) => parts.some((e) => e.contains(p.el))).map((p) => p.text);
  // Posts that are copies of each other are one story laid out for several screen sizes (a Framer
  // page's three copies), not a thread; a reply quoting an earlier post repeats only part of it.
  const partTexts = parts.map((e) => collapse(e.textContent ?? ''));
  if (length([...new Set(partTexts)]) < DISTINCT * length(partTexts)) return null;
  const meta = postMeta(parts, meet);
  const signed = meta.filter((m) => m.signed).length >= SIGNED * parts.length;
  if (signedOnly && !signed) return null;
  return { ...blockOf(meet, texts), parts, partsText: partTexts.join(' '), partsMeta: meta.map((m) => m.line), signed };
}

const MIN_SHAPED_POSTS = 3;
/**
 * Posts found by their shape alone must be signed, most of them: a forum
 * prints who wrote each post. Page sections, grid columns and an FAQ's
 * answers repeat a shape too, unsigned (a layout's `container` sections,
 * a shop's `col-1-3` columns).
 */
const SIGNED = 0.5;
/** Ancestors of a paragraph looked at for its post. */
const SHAPE_LEVELS = 6;
/** Signatures holding this share of the most any holds are the same posts seen at another level. */
const NEAR_ALL = 0.95;
/** Class tokens that vary from post to post of one kind: numbers (`post-1234`, `alt1`) and position. */
const VARYING = /\d|^(first|last|odd|even)$/i;

/** A post's kind: its tag and class tokens, those that vary between posts left out. */
function signature(el: Element): string {
  const cls = el.getAttribute('class');
  if (!cls) return '';
  const tokens = cls.split(/\s+/).filter((t) => t && !VARYING.test(t)).sort();
  return tokens.length ? `${el.tagName} ${tokens.join(' ')}` : '';
}

interface Shape {
  sample: Element;
  posts: Map<Element, number>;
  total: number;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let a = el.parentElement; a; a = a.parentElement) d++;
  return d;
}

/**
 * Posts by their shape: the prose paragraphs (comment boxes included)
 * grouped by the signatures of their ancestors. Of the signatures with at
 * least MIN_SHAPED_POSTS instances holding nearly all of the most prose any
 * holds, the one with the fewest instances is the post (not its paragraphs),
 * and of those the innermost is its body (not the user card and buttons
 * around it).
 */
export function shapedThread(paragraphs: Paragraphs): ProseBlock | null {
  const shapes = new Map<string, Shape>();
  for (const { el, text } of paragraphs) {
    // The outermost instance of each signature within reach holds the paragraph (a quoted post stays in its post).
    const outer = new Map<string, Element>();
    let a: Element | null = el.parentElement;
    for (let i = 0; i < SHAPE_LEVELS && a && a.tagName !== 'BODY'; i++, a = a.parentElement) {
      const key = signature(a);
      if (key) outer.set(key, a);
    }
    for (const [key, post] of outer) {
      let s = shapes.get(key);
      if (!s) shapes.set(key, (s = { sample: post, posts: new Map(), total: 0 }));
      s.posts.set(post, (s.posts.get(post) ?? 0) + text.length);
      s.total += text.length;
    }
  }
  const candidates = [...shapes.values()].filter((s) => s.posts.size >= MIN_SHAPED_POSTS);
  if (!candidates.length) return null;
  const most = Math.max(...candidates.map((s) => s.total));
  const near = candidates.filter((s) => s.total >= NEAR_ALL * most).map((s) => ({ s, depth: depthOf(s.sample) }))
    .sort((x, y) => x.s.posts.size - y.s.posts.size || y.depth - x.depth);
  for (const { s } of near) {
    const key = signature(s.sample);
    const thread = postsOf(s.sample, (e) => signature(e) === key, paragraphs, MIN_SHAPED_POSTS, true);
    if (thread) return thread;
  }
  return null;
}
