import { articleText } from '../result/article-text.js';
import { bodyParagraphs, jsonLdArticleBody } from './jsonld.js';
import { findLede } from './lede.js';
import { restoreSectionHeading } from './section-heading.js';

/** A JSON-LD body must be this much longer than Readability's text before it replaces it. */
const TEASER_RATIO = 1.5;
const MIN_DECLARED = 500;

/** Texts as new paragraphs of `doc`, text only (never markup): the recoveries' way of putting text back. */
export function paragraphs(doc: Document, texts: readonly string[]): HTMLParagraphElement[] {
  return texts.map((t) => Object.assign(doc.createElement('p'), { textContent: t }));
}

/**
 * Put back article text that Readability missed, reading the original page
 * `doc`; new paragraphs are made in `owner` (the clone the article lives in).
 * Returns the article's text afterwards. Each recovery can be switched off by
 * name, like a cleanup step: 'jsonLdBody', 'sectionHeading', 'lede'.
 */
export function recoverMissedText(doc: Document, owner: Document, root: Element, title: string,
  text: string, disable: readonly string[] = [], removed: readonly string[] = []): string {
  if (!disable.includes('jsonLdBody')) {
    // A declared body much longer than what Readability found: the page showed a teaser there.
    const declared = jsonLdArticleBody(doc);
    if (declared.length >= MIN_DECLARED && declared.length >= TEASER_RATIO * text.length) {
      root.replaceChildren(...paragraphs(owner, bodyParagraphs(declared)));
      text = articleText(root);
    }
  }
  if (!disable.includes('sectionHeading') && restoreSectionHeading(doc, owner, root, title, text, removed)) {
    text = articleText(root);
  }
  if (!disable.includes('lede')) {
    const lede = findLede(doc, title, text.split('\n\n', 1)[0] ?? '', text);
    if (lede.length) {
      root.prepend(...paragraphs(owner, lede));
      text = articleText(root);
    }
  }
  return text;
}
