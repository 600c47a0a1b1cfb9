import { attrWords } from '../clean/attrs.js';
import { collapse, isBlock } from '../text.js';

/**
 * Who wrote each post of a thread, and when: forum software prints the
 * author's name in a user card beside the post's body (Invision's
 * `cAuthorPane_author`, XenForo's `message-name`, Stack Exchange's
 * `user-details`) and the date in a <time> element. The thread's parts are
 * the posts' bodies (thread.ts); this finds, in the frame around each body
 * that holds no other post, the first author name and date outside the
 * body, and gives them as one line ("Mira · Posted March 3") to print above
 * the post. Found by the card's class words or a link to a member's profile,
 * never by a site's names.
 */

/** Class and id words of a user card or a post's author. */
const AUTHOR_WORDS = new Set(['author', 'username', 'user', 'poster', 'member', 'byline', 'nickname', 'usercard', 'userinfo']);
/** A profile link's path: /u/ana, /users/12/ana, /members/ana.88/, /profile/88-ana/. */
const PROFILE_PATH = /^\/(?:[^/]+\/)?(?:u|user|users|member|members|profile|profiles|people)\/[^/]+/i;
/**
 * A date or time as digits, in any language's order: 03/03/2026, 2026-03-03,
 * 3.3.26, 20:20. A post's header that shows no name by class or link still
 * dates the post ("Seaside3 · 03/03/2026 20:20" in plain <div>s).
 */
const DIGIT_DATE = /\b(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2})\b/;
/** A name, not a card: at most this long. */
const MAX_NAME = 40;
/** The line around the name ("Maren K. asked Jul 14, 2024") is kept when this short. */
const MAX_LINE = 80;

function isProfileLink(el: Element): boolean {
  if (el.tagName !== 'A') return false;
  try {
    return PROFILE_PATH.test(new URL(el.getAttribute('href') ?? '', 'https://x.invalid/').pathname);
  } catch {
    return false;
  }
}

function namesAuthor(el: Element): boolean {
  const text = collapse(el.textContent ?? '');
  if (!text || text.length > MAX_NAME) return false;
  return isProfileLink(el) || attrWords(el).some((w) => AUTHOR_WORDS.has(w));
}

function innerMatch(el: Element): Element | null {
  for (const d of el.getElementsByTagName('*')) if (namesAuthor(d)) return d;
  return null;
}

/** The block holding `el`, within `frame`. */
function blockOf(el: Element, frame: Element): Element {
  for (let a: Element | null = el; a && a !== frame; a = a.parentElement) if (isBlock(a)) return a;
  return el;
}

/** An element's text with a space between its elements' texts, as a user card shows them ("Mira" "12 posts"). */
function spacedText(el: Element): string {
  const texts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t.nodeValue ?? '');
  return collapse(texts.join(' ')).replace(/ ([,.:;!?])/g, '$1');
}

/** The outermost ancestor of `part` (below `meet`) that holds no other part. */
function frameOf(part: Element, parts: ReadonlySet<Element>, meet: Element): Element {
  let frame = part;
  for (let a = part.parentElement; a && a !== meet; a = a.parentElement) {
    let other = false;
    for (const p of parts) if (p !== part && a.contains(p)) { other = true; break; }
    if (other) break;
    frame = a;
  }
  return frame;
}

export interface PostMeta {
  /** The author and date as one line, or '' when the page shows none apart from the post (or the post holds it). */
  line: string;
  /** The post is signed: an author's name or profile link beside it or in it. */
  signed: boolean;
}

/** Per part, who wrote it and when (see the module's comment). */
export function postMeta(parts: readonly Element[], meet: Element): PostMeta[] {
  const set = new Set(parts);
  return parts.map((part): PostMeta => {
    const meta = metaOf(part, set, meet);
    // A body that already names its author needs no line of its own.
    const line = meta && !collapse(part.textContent ?? '').includes(meta) ? meta : '';
    return { line, signed: Boolean(meta) || innerMatch(part) !== null };
  });
}

/** The author (and date) printed in the post's frame outside its body, or ''. */
function metaOf(part: Element, set: ReadonlySet<Element>, meet: Element): string {
  const frame = frameOf(part, set, meet);
  if (frame === part) return '';
  let name: Element | null = null;
  let time: Element | null = null;
  const walker = frame.ownerDocument.createTreeWalker(frame, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (part.contains(el)) continue;
    if (!name && namesAuthor(el)) name = el;
    else if (!time && el.tagName === 'TIME' && collapse(el.textContent ?? '')) time = el;
    if (name && time) break;
  }
  if (!name) return datedHeader(part, frame);
  // The card names the author inside it ("Mira Members 12 posts" around <h3><a>Mira</a></h3>): the innermost match.
  for (let inner = innerMatch(name); inner; inner = innerMatch(name)) name = inner;
  const line = spacedText(blockOf(name, frame));
  const who = line.length <= MAX_LINE ? line : collapse(name.textContent ?? '');
  const when = time && !who.includes(collapse(time.textContent ?? '')) ? collapse(time.textContent ?? '') : '';
  return when ? `${who} · ${when}` : who;
}

/** A short line before the post's body, in its frame, that dates it ("Seaside3 · 03/03/2026 20:20"), or ''. */
function datedHeader(part: Element, frame: Element): string {
  const walker = frame.ownerDocument.createTreeWalker(frame, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el && el !== part; el = walker.nextNode() as Element | null) {
    if (!isBlock(el) || [...el.children].some(isBlock)) continue;
    const text = collapse(el.textContent ?? '');
    if (text && text.length <= MAX_LINE && DIGIT_DATE.test(text)) return text;
  }
  return '';
}
