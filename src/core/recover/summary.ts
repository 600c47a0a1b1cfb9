import { SENTENCE } from '../extract/prose.js';
import { decodeEntities } from '../result/entities.js';
import { metaKey } from '../result/meta.js';
import { collapse } from '../text.js';
import { bodyParagraphs } from './jsonld.js';

/**
 * The summary a page gives of itself, for a page whose HTML holds no article:
 * a shell its scripts fill (a Discourse thread, a news app) saved or read
 * before they ran, where the only text of the story is in its meta tags
 * (og:description, twitter:description, description: Discourse puts the
 * first post there, news sites the standfirst). The reader shows that, said
 * to be the page's summary, instead of "no text" or "not an article".
 */
const SUMMARY_META = new Set(['og:description', 'twitter:description', 'description']);

/**
 * A summary this long, as a sentence, is a text a reader can use; shorter
 * meta descriptions are a site's tagline or a shop's "Free shipping!".
 */
const MIN_SUMMARY = 100;

/**
 * A shell: the page's body prints this little text (menus, a footer). A home
 * page or a shop lists far more than this, and keeps its "not an article".
 */
const SHELL_MAX_CHARS = 2000;

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** The body's text as printed (scripts, styles and templates out), up to `limit` characters and a little over. */
function printedText(body: Element, limit: number): string {
  const parts: string[] = [];
  let n = 0;
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c && n <= limit; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.nodeValue ?? '';
        if (t.trim()) {
          parts.push(t);
          n += t.length;
        }
      } else if (c.nodeType === 1 && !HIDDEN.has((c as Element).tagName.toUpperCase())) {
        walk(c as Element);
      }
    }
  };
  walk(body);
  return collapse(parts.join(' '));
}

/** The longest of the page's descriptions, references decoded (some are encoded twice: `&amp;hellip;`). */
export function declaredSummary(doc: Document): string {
  let best = '';
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    if (!SUMMARY_META.has(metaKey(m))) continue;
    // Line breaks kept: bodyParagraphs makes them paragraphs (Discourse keeps a post's in `description`).
    const content = decodeEntities(m.getAttribute('content') ?? '').trim();
    if (collapse(content).length > collapse(best).length) best = content;
  }
  return best;
}

/**
 * The page's summary as paragraphs, when the page is a shell (see
 * SHELL_MAX_CHARS) that does not print it, and the summary is prose; else [].
 */
export function shellSummary(doc: Document): string[] {
  const summary = declaredSummary(doc);
  const flat = collapse(summary);
  if (flat.length < MIN_SUMMARY || !SENTENCE.test(flat)) return [];
  const body = doc.body;
  const printed = body ? printedText(body, SHELL_MAX_CHARS) : '';
  if (printed.length > SHELL_MAX_CHARS || printed.includes(flat.slice(0, 80))) return [];
  return bodyParagraphs(summary);
}
