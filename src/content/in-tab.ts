import type { ReadResult } from '../core/types.js';

/**
 * What the two scripts injected into a tab share through the extension's
 * isolated world (never the page's): content.js, the reading engine injected
 * on every click, and overlay.js, the reader view injected only when the
 * overlay opens. The Chrome popup path never puts the view into the page.
 */
export interface ReaderEngine {
  /** Called by platform/tabs.ts on a later click: listen again. */
  wake(): void;
  /** The article with its `html` not yet sanitized: the view sanitizes it (core/read.ts). */
  read(force?: boolean): ReadResult;
  /** overlay.js tells the engine when it closes, so the engine can stop listening. */
  overlayClosed(): void;
}

export interface OverlayUi {
  readonly isOpen: boolean;
  handle(action: 'toggle' | 'open' | 'close', force: boolean): Promise<{ open: boolean }>;
}

declare global {
  // eslint-disable-next-line no-var
  var __siftReader: ReaderEngine | undefined;
  // eslint-disable-next-line no-var
  var __siftOverlay: OverlayUi | undefined;
}
