import type { ReadResult } from '../core/types.js';

/** Messages from the popup or background to the content script. */
export type ContentRequest =
  | { type: 'sift:read'; force?: boolean }
  | { type: 'sift:overlay'; action: 'toggle' | 'open' | 'close'; force?: boolean };

export interface ContentReplies {
  'sift:read': ReadResult;
  'sift:overlay': { open: boolean };
}

/** Messages from the overlay (content script) to the background: what a content script may not do itself. */
export type BackgroundRequest = { type: 'sift:open-tab'; print?: boolean };

function typeOf(msg: unknown): unknown {
  return typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
}

export function isContentRequest(msg: unknown): msg is ContentRequest {
  const type = typeOf(msg);
  return type === 'sift:read' || type === 'sift:overlay';
}

export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  return typeOf(msg) === 'sift:open-tab';
}

/** The reader page (popup.html) for tab `tabId`, shown as a full tab; `print` opens the print dialog once it is painted. */
export function readerTabPath(tabId: number, print = false): string {
  return `popup.html?tab=${tabId}&view=tab${print ? '&print=1' : ''}`;
}
