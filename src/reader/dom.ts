/** Small DOM builders: the reader is built with DOM calls, never from HTML strings of its own. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls = '', text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(doc: Document, cls: string, label: string, onClick: (e: MouseEvent) => void): HTMLButtonElement {
  const b = el(doc, 'button', cls);
  b.type = 'button';
  b.addEventListener('click', onClick);
  b.setAttribute('aria-label', label);
  b.title = label;
  return b;
}

let ids = 0;
/** A document-unique id for aria-controls / aria-labelledby pairs. */
export function uid(prefix: string): string {
  ids += 1;
  return `sift-${prefix}-${ids}`;
}

/** True when the reader asked the system for less motion. */
export function reducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The interface's language and direction, as the browser reports them (i18n.getUILanguage, @@bidi_dir). */
export interface UiLocale {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Marks an interface string placed inside the article (which carries the
 * article's lang and dir): "2 min read" must not turn into "min read 2" in an
 * Arabic article.
 */
export function uiText<T extends HTMLElement>(node: T, ui: UiLocale | undefined): T {
  node.lang = ui?.lang ?? 'en';
  node.dir = ui?.dir ?? 'ltr';
  return node;
}
