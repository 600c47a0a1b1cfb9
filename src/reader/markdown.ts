import TurndownService from 'turndown';
import type { Article } from '../core/types.js';
import { quoteText } from './quote-text.js';

/**
 * The article as Markdown: the CLI's `--format markdown` and the reader's
 * "Copy as Markdown" share it, so a copied article reads like `sift` output.
 */
const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', emDelimiter: '*' });
// Highlights read as ==marked== text, the common Markdown extension for <mark>.
turndown.addRule('highlight', {
  filter: (node) => node.nodeName === 'MARK' && node.hasAttribute('data-sift-highlight'),
  replacement: (content) => (content.trim() ? `==${content}==` : content),
});
// Items the cleanup removed stay out of the Markdown, shown in place or not.
turndown.remove((node) => node.nodeType === 1 && (node as Element).hasAttribute('data-sift-removed'));

/** "Key quotes": each highlight once, quotes with their speaker. */
export function keyQuotes(a: Article, heading = 'Key quotes'): string {
  if (!a.highlights.length) return '';
  const items = a.highlights.map((h) => {
    const who = h.speaker ? ` — ${h.speaker}` : '';
    return `- ${quoteText(h)}${who}`;
  });
  return `## ${heading}\n\n${items.join('\n')}`;
}

export interface MarkdownOptions {
  /** Include the key-quotes list and ==marks== (the reader turns both off with highlights). */
  highlights?: boolean;
  /** Heading of the key-quotes list, in the reader's language. */
  quotesHeading?: string;
  /** The words that say the text is only the page's summary (Article.summaryOnly), in the reader's language. */
  summaryNote?: string;
}

const SUMMARY_NOTE = 'This page shows no article text; this is the summary it gives of itself.';

export function toMarkdown(a: Article, { highlights = true, quotesHeading, summaryNote = SUMMARY_NOTE }: MarkdownOptions = {}): string {
  const head = [`# ${a.title}`];
  const meta = [a.byline, a.siteName].filter(Boolean).join(' · ');
  if (meta) head.push(`*${meta}*`);
  if (a.url) head.push(`Source: <${a.url}>`);
  if (a.summaryOnly) head.push(`*${summaryNote}*`);
  const quotes = highlights ? keyQuotes(a, quotesHeading) : '';
  if (quotes) head.push(quotes);
  let body = turndown.turndown(a.html).trim();
  if (!highlights) body = body.replace(/==(.+?)==/gs, '$1');
  return `${head.join('\n\n')}\n\n${body}\n`;
}
