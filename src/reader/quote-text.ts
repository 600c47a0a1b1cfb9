import type { Highlight } from '../core/types.js';

const QUOTE_MARKS = /^["“”„«»‚‘’「」\s]+|["“”„«»‚‘’「」\s]+$/g;

/** How a key quote is listed (panel, Markdown): a quote in typographic marks whatever marks the page used. */
export function quoteText(h: Highlight): string {
  return h.kind === 'quote' ? `“${h.text.replace(QUOTE_MARKS, '')}”` : h.text;
}
