/**
 * The requests one Chromium target makes, as CDP's Network domain reports them
 * (issue 6.4: the extension makes no network requests of its own).
 */
import type { CDPSession } from 'playwright-core';

/** One request, as sent. */
export interface SeenRequest {
  url: string;
  method: string;
  /** CDP's resource type: Document, Script, Image, Fetch, Ping, WebSocket… */
  type: string;
  referrerPolicy: string;
  /** Its headers: requestWillBeSent's, with the raw ones of requestWillBeSentExtraInfo (Referer among them) over them. */
  headers: Record<string, string>;
}

/** Something to enable the Network domain on and hear its events from: a TargetSession, or a Playwright CDPSession through `cdpEvents`. */
export interface NetworkTarget {
  send(method: string, params?: object): Promise<unknown>;
  onEvent(listener: (method: string, params: unknown) => void): () => void;
}

const EVENTS = ['Network.requestWillBeSent', 'Network.requestWillBeSentExtraInfo', 'Network.webSocketCreated',
  'Network.webTransportCreated'] as const;

/** A Playwright CDPSession (on a page) as a NetworkTarget. */
export function cdpEvents(cdp: CDPSession): NetworkTarget {
  return {
    send: (method, params) => cdp.send(method as 'Network.enable', params),
    onEvent(listener) {
      const handlers = EVENTS.map((name) => [name, (params: unknown) => listener(name, params)] as const);
      for (const [name, handler] of handlers) cdp.on(name, handler);
      return () => { for (const [name, handler] of handlers) cdp.off(name, handler); };
    },
  };
}

interface WillBeSent {
  requestId: string;
  type?: string;
  request: { url: string; method: string; headers: Record<string, string>; referrerPolicy: string };
}

/** The requests of one target, from the moment `recordRequests` enabled the Network domain on it. */
export class RequestLog {
  private seen: SeenRequest[] = [];
  /** requestWillBeSentExtraInfo may come before or after its requestWillBeSent. */
  private readonly rawHeaders = new Map<string, Record<string, string>>();
  private readonly byId = new Map<string, SeenRequest>();

  handle(method: string, params: unknown): void {
    if (method === 'Network.requestWillBeSent') {
      const { requestId, type, request } = params as WillBeSent;
      const seen: SeenRequest = {
        url: request.url, method: request.method, type: type ?? '', referrerPolicy: request.referrerPolicy,
        headers: { ...request.headers, ...this.rawHeaders.get(requestId) },
      };
      this.byId.set(requestId, seen);
      this.seen.push(seen);
    } else if (method === 'Network.requestWillBeSentExtraInfo') {
      const { requestId, headers } = params as { requestId: string; headers: Record<string, string> };
      this.rawHeaders.set(requestId, headers);
      const seen = this.byId.get(requestId);
      if (seen) Object.assign(seen.headers, headers);
    } else if (method === 'Network.webSocketCreated' || method === 'Network.webTransportCreated') {
      const { url } = params as { url: string };
      this.seen.push({ url, method: '', type: method.slice('Network.'.length, -'Created'.length), referrerPolicy: '', headers: {} });
    }
  }

  /** What was recorded so far; the log starts afresh. */
  take(): SeenRequest[] {
    const seen = this.seen;
    this.seen = [];
    return seen;
  }

  /** Whether a request for `url` was recorded since the last take(). */
  has(url: string): boolean {
    return this.seen.some((r) => r.url === url);
  }
}

function listen(target: NetworkTarget): RequestLog {
  const log = new RequestLog();
  target.onEvent((method, params) => log.handle(method, params));
  return log;
}

/**
 * Records the requests of `target` from now on: enables its Network domain without
 * waiting for the reply (a target held before it starts replies only once it runs).
 */
export function startRecording(target: NetworkTarget): RequestLog {
  const log = listen(target);
  target.send('Network.enable').catch(() => {});
  return log;
}

/** Enables the Network domain on `target` and records its requests from now on. */
export async function recordRequests(target: NetworkTarget): Promise<RequestLog> {
  const log = listen(target);
  await target.send('Network.enable');
  return log;
}

/** The request's header `name`, whatever its case. */
export function header(request: SeenRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : request.headers[key];
}
