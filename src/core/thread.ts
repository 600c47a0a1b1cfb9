import { blockOf, type ProseBlock } from './prose.js';

/**
 * A forum or Q&A thread: the question and its answers are the content, not
 * one post among comments. Readability keeps the longest post (a Stack
 * Exchange answer) and drops the question and the other answers. Seen by
 * structure: the element that gathers the most prose (a post's body) has
 * twins of the same tag and class elsewhere on the page that hold prose of
 * their own. The thread is those posts, in order (`parts`): their bodies,
 * without the vote buttons, user cards and comment links around them.
 */
const MIN_POSTS = 2;
/** The other posts must add this share of the longest post's prose, or they are snippets. */
const MIN_ADDED = 0.25;

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** How far above the most prose-gathering element a post's body may sit (a list inside the answer). */
const POST_LEVELS = 4;

export function threadBlock(prose: ProseBlock | null): ProseBlock | null {
  const paragraphs = prose?.paragraphs;
  if (!paragraphs) return null;
  // Teaser cards share a tag and class as posts do, but their text is a link (an <ol> of
  // story cards, each an <a> around headline and summary: nytimes-5); a post's text is not.
  if (prose?.core?.closest('a')) return null;
  let el: Element | null | undefined = prose?.core;
  for (let i = 0; el && i < POST_LEVELS && el.tagName !== 'BODY'; i++, el = el.parentElement) {
    const thread = el.getAttribute('class') ? postsAround(el, paragraphs) : null;
    if (thread) return thread;
  }
  return null;
}

/** The thread whose posts are `core` and the elements of its tag and class that hold prose. */
function postsAround(core: Element, paragraphs: ReadonlyArray<{ el: Element; text: string }>): ProseBlock | null {
  const cls = core.getAttribute('class');
  const owner = (el: Element): Element | null => {
    for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName === core.tagName && a.getAttribute('class') === cls) return a;
    return null;
  };
  const posts = new Map<Element, number>();
  for (const { el, text } of paragraphs) {
    const post = owner(el);
    if (post) posts.set(post, (posts.get(post) ?? 0) + text.length);
  }
  if (posts.size < MIN_POSTS) return null;
  const own = posts.get(core) ?? 0;
  const others = [...posts].filter(([p]) => p !== core).reduce((n, [, c]) => n + c, 0);
  if (others < MIN_ADDED * own) return null;
  let meet: Element | null = core;
  for (const p of posts.keys()) meet = meet && commonAncestor(meet, p);
  if (!meet || meet.tagName === 'BODY' || meet.tagName === 'HTML') return null;
  // Every post of the kind where they meet, short ones too ("Thanks, that fixed it."), outermost only.
  const parts = [...meet.getElementsByTagName(core.tagName)].filter((e) => e.getAttribute('class') === cls && !owner(e));
  const inParts = paragraphs.filter((p) => parts.some((e) => e.contains(p.el)));
  const texts = inParts.map((p) => p.text);
  // The same prose twice is one story laid out for several screen sizes (a Framer page's three copies), not posts.
  if (new Set(texts).size < texts.length) return null;
  return { ...blockOf(meet, texts), parts };
}
