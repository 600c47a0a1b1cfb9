/**
 * The content script's only browser API: answering runtime messages. It uses
 * the browser's own object (Firefox's `browser`, Chrome's `chrome`) in the
 * sendResponse form both support, so content.js, injected on every click,
 * does not carry webextension-polyfill (about 10 KB minified).
 */
type Listener = (msg: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

interface MessageEvent {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
  hasListener(listener: Listener): boolean;
}

interface Listening {
  /** Listen, unless already listening. */
  start(): void;
  stop(): void;
}

function onMessageEvent(): MessageEvent {
  const g = globalThis as { browser?: { runtime?: { onMessage?: MessageEvent } }; chrome?: { runtime?: { onMessage?: MessageEvent } } };
  const event = g.browser?.runtime?.onMessage ?? g.chrome?.runtime?.onMessage;
  if (!event) throw new Error('runtime.onMessage is not available here');
  return event;
}

/**
 * `answer` returns a promise for the messages it answers and undefined for
 * the rest, which stay for other listeners.
 */
export function listenForMessages(answer: (msg: unknown) => Promise<unknown> | undefined): Listening {
  const listener: Listener = (msg, _sender, sendResponse) => {
    const reply = answer(msg);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true; // the reply comes later
  };
  return {
    start() {
      const event = onMessageEvent();
      if (!event.hasListener(listener)) event.addListener(listener);
    },
    stop() {
      onMessageEvent().removeListener(listener);
    },
  };
}
