import { descendants } from '../clean/index.js';
import { blockOf, proseParagraphs, type ProseBlock } from './prose.js';
import { headlineKey } from '../text.js';
import { metaKey } from '../result/meta.js';

/** Letters and digits: shorter headings ("News", "Menü") name sections, not stories. */
const MIN_HEADLINE = 10;

function pageTitles(doc: Document): string[] {
  const titles = [doc.title];
  for (const m of doc.getElementsByTagName('meta')) {
    if (/^(og|twitter):title$/.test(metaKey(m))) titles.push(m.getAttribute('content') ?? '');
  }
  return titles.map(headlineKey).filter(Boolean);
}

/**
 * The story under the page's own headline, on a page that holds several
 * stories, each with its own <h1>: news sites that load the next articles
 * below the first as the reader scrolls (hoy.com.py stacks four
 * `article.entry-main-content`, each with an h1). Readability scores them all
 * and may pick a later one. The page's <title> (or og:title) names the story
 * the address is for; its story is the largest container around that h1 that
 * holds no other h1. Switch off as 'titleStory'.
 */
export function titleStory(root: Element, elements: readonly Element[]): ProseBlock | null {
  const headlines = elements.filter((e) => e.tagName === 'H1');
  if (headlines.length < 2) return null;
  const titles = pageTitles(root.ownerDocument);
  const named = headlines.filter((h) => {
    const text = headlineKey(h.textContent ?? '');
    return text.length >= MIN_HEADLINE && titles.some((t) => t.includes(text));
  });
  // Two headlines that both match (a story and its repeat) say nothing about which is meant.
  if (named.length !== 1) return null;
  // Every container of another h1 is where the climb stops: one pass per heading, not a count per level.
  const others = new Set<Element>();
  for (const h of headlines) {
    if (h === named[0]) continue;
    for (let up = h.parentElement; up && !others.has(up); up = up.parentElement) others.add(up);
  }
  let el = named[0]!;
  for (let up = el.parentElement; up && up.tagName !== 'BODY' && !others.has(up); up = up.parentElement) el = up;
  return blockOf(el, proseParagraphs(el, descendants(el)).map((p) => p.text));
}
