import { afterEach, describe, expect, it } from 'vitest';
import { listenForMessages } from '../../src/platform/listen.js';

type Listener = (msg: unknown, sender: unknown, send: (reply: unknown) => void) => boolean;

/** A stand-in for chrome.runtime.onMessage: the content script meets nothing else of the API. */
function fakeChrome() {
  const listeners = new Set<Listener>();
  const onMessage = {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
  };
  (globalThis as Record<string, unknown>).chrome = { runtime: { onMessage } };
  return listeners;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
});

describe('listenForMessages (content.js without the polyfill)', () => {
  it('listens once however often it is woken, and stops', () => {
    const listeners = fakeChrome();
    const l = listenForMessages(() => undefined);
    l.start();
    l.start();
    expect(listeners.size).toBe(1);
    l.stop();
    expect(listeners.size).toBe(0);
  });

  it('answers its own messages through sendResponse and leaves the rest', async () => {
    const listeners = fakeChrome();
    listenForMessages((msg) => (msg === 'ours' ? Promise.resolve({ ok: true }) : undefined)).start();
    const [listener] = [...listeners];
    const replies: unknown[] = [];
    expect(listener!('other', {}, (r) => replies.push(r))).toBe(false);
    expect(listener!('ours', {}, (r) => replies.push(r))).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(replies).toEqual([{ ok: true }]);
  });

  it('replies even when the answer fails, so the popup is not left waiting', async () => {
    const listeners = fakeChrome();
    listenForMessages(() => Promise.reject(new Error('boom'))).start();
    const replies: unknown[] = [];
    expect([...listeners][0]!('ours', {}, (r) => replies.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([undefined]);
  });
});
