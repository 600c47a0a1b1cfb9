import type { Article } from '../core/types.js';
import { el, reducedMotion, uid, uiText, type UiLocale } from './dom.js';
import type { Translate } from './i18n.js';
import { quoteText } from './quote-text.js';

const FLASH_MS = 1600;

/** The marks of highlight `i` (a highlight crossing a link is split into several). */
export function marksOf(body: ParentNode, i: number): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(`mark[data-sift-highlight="${i}"]`)];
}

/** Scrolls the first mark of highlight `i` into view, focuses it for screen readers and flashes every part. */
export function goToHighlight(body: ParentNode, i: number): boolean {
  const marks = marksOf(body, i);
  const first = marks[0];
  if (!first) return false;
  first.tabIndex = -1;
  first.scrollIntoView?.({ block: 'center', behavior: reducedMotion(first.ownerDocument) ? 'auto' : 'smooth' });
  first.focus({ preventScroll: true });
  for (const m of marks) {
    m.classList.remove('sift-flash');
    void m.offsetWidth; // restart the animation on a second click
    m.classList.add('sift-flash');
  }
  first.ownerDocument.defaultView?.setTimeout(() => marks.forEach((m) => m.classList.remove('sift-flash')), FLASH_MS);
  return true;
}

/**
 * "Key quotes" at the top: each highlight with its speaker; a click scrolls to
 * its mark in the article and flashes it. Highlights without a mark (none
 * should exist) are listed without a button.
 */
export function quotesPanel(doc: Document, article: Article, body: HTMLElement, t: Translate, ui?: UiLocale): HTMLElement | null {
  if (article.highlights.length === 0) return null;
  const id = uid('quotes');
  const section = el(doc, 'section', 'sift-quotes');
  section.setAttribute('aria-labelledby', id);
  const heading = uiText(el(doc, 'h2', 'sift-quotes-title', t('keyQuotes')), ui);
  heading.id = id;
  const list = el(doc, 'ol', 'sift-quotes-list');
  article.highlights.forEach((h, i) => {
    const item = el(doc, 'li', `sift-quote-item sift-kind-${h.kind}`);
    const text = quoteText(h);
    const hasMark = marksOf(body, i).length > 0;
    const target = hasMark ? el(doc, 'button', 'sift-quote') : el(doc, 'span', 'sift-quote');
    target.append(el(doc, 'span', 'sift-quote-text', text));
    if (h.speaker) target.append(el(doc, 'span', 'sift-quote-speaker', h.speaker));
    if (target instanceof doc.defaultView!.HTMLButtonElement) {
      target.type = 'button';
      target.dataset.target = String(i);
      target.setAttribute('aria-label', t('goToQuote', h.speaker ? `${text} — ${h.speaker}` : text));
      target.addEventListener('click', () => goToHighlight(body, i));
    }
    item.append(target);
    list.append(item);
  });
  section.append(heading, list);
  return section;
}
