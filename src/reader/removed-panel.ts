import type { Article } from '../core/types.js';
import { el, uiText, type UiLocale } from './dom.js';
import type { Translate } from './i18n.js';
import { kindOf } from './kinds.js';

const SHOWN = 'sift-removed-shown';

/**
 * "7 items removed": what the cleanup took out and why. Items the core kept
 * hidden in place (`data-sift-removed`, ReadOptions.keepRemoved) can be shown
 * back where they were; the rest are listed only.
 */
export function removedPanel(doc: Document, article: Article, body: HTMLElement, t: Translate, ui?: UiLocale): HTMLElement | null {
  const { removals } = article;
  if (removals.length === 0) return null;
  // The whole disclosure speaks the interface's language; the removed texts inside keep the article's direction.
  const details = uiText(el(doc, 'details', 'sift-removed'), ui);
  const summary = el(doc, 'summary', 'sift-removed-summary',
    removals.length === 1 ? t('removedOne') : t('removedCount', String(removals.length)));
  details.append(summary);

  const wrappers = [...body.querySelectorAll<HTMLElement>('[data-sift-removed]')];
  for (const w of wrappers) {
    const r = removals[Number(w.dataset.siftRemoved)];
    if (r) w.dataset.siftKind = t(kindOf(r.step));
  }
  if (wrappers.length) {
    const toggle = el(doc, 'button', 'sift-removed-toggle', t('showRemoved'));
    toggle.type = 'button';
    toggle.setAttribute('aria-pressed', 'false');
    toggle.addEventListener('click', () => {
      const show = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(show));
      toggle.textContent = t(show ? 'hideRemoved' : 'showRemoved');
      body.classList.toggle(SHOWN, show);
      for (const w of wrappers) w.hidden = !show;
    });
    details.append(toggle);
  }

  const list = el(doc, 'ul', 'sift-removed-list');
  for (const r of removals) {
    const item = el(doc, 'li', 'sift-removed-item');
    const kind = el(doc, 'span', 'sift-removed-kind', t(kindOf(r.step)));
    kind.title = r.reason;
    const text = el(doc, 'span', 'sift-removed-text', r.text);
    text.dir = 'auto';
    item.append(kind, text);
    if (!r.inPlace && wrappers.length) item.append(el(doc, 'span', 'sift-removed-where', t('notInPlace')));
    list.append(item);
  }
  details.append(list);
  return details;
}
