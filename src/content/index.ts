import { readArticle } from '../core/read.js';
import type { ReadResult } from '../core/types.js';
import { listenForMessages } from '../platform/listen.js';
import { isContentRequest, type ContentRequest } from '../platform/messages.js';
import './in-tab.js';

/**
 * The reading engine, injected on click only and evaluated once per tab: a
 * later click wakes this instance (platform/tabs.ts) instead of loading it
 * again. It listens only while it has work: the message listener goes once a
 * reply is sent and no overlay is open.
 */
function read(force = false): ReadResult {
  // keepRemoved: the reader can show what the cleanup took out back in place.
  // readArticle, not readPage: the reader page sanitizes what it shows (core/read.ts).
  return readArticle(document, { url: location.href, force, keepRemoved: true });
}

async function handle(msg: ContentRequest): Promise<unknown> {
  if (msg.type === 'sift:read') return read(msg.force);
  const ui = globalThis.__siftOverlay;
  // platform/tabs.ts injects overlay.js before it sends an overlay message.
  if (!ui) return { open: false };
  return ui.handle(msg.action, msg.force ?? false);
}

function onMessage(msg: unknown): Promise<unknown> | undefined {
  if (!isContentRequest(msg)) return undefined;
  // Never throw into the page; the popup shows the failure instead.
  return handle(msg)
    .catch((err: unknown) => ({ ok: false, code: 'error', reason: String(err), url: location.href }))
    .finally(() => setTimeout(sleepWhenIdle, 0)); // after the reply has gone
}

const listening = listenForMessages(onMessage);

/** Stop listening once nothing needs us: no overlay open. The next click wakes us again. */
function sleepWhenIdle(): void {
  if (!globalThis.__siftOverlay?.isOpen) listening.stop();
}

function wake(): void {
  listening.start();
}

if (!globalThis.__siftReader) {
  globalThis.__siftReader = {
    wake,
    read,
    overlayClosed: () => setTimeout(sleepWhenIdle, 0),
  };
  wake();
}
