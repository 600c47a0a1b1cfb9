import type { ReadResult } from '../core/types.js';

/** Messages from the popup or background to the content script. */
export type ContentRequest =
  | { type: 'sift:read'; force?: boolean }
  | { type: 'sift:overlay'; action: 'toggle' | 'open' | 'close'; force?: boolean };

export interface ContentReplies {
  'sift:read': ReadResult;
  'sift:overlay': { open: boolean };
}

export function isContentRequest(msg: unknown): msg is ContentRequest {
  return typeof msg === 'object' && msg !== null
    && ((msg as { type?: unknown }).type === 'sift:read' || (msg as { type?: unknown }).type === 'sift:overlay');
}
