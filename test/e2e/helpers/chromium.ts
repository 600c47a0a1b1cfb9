import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from './browsers.js';
import { callExpression, OVERLAY_TAG, type InReader, type ReaderSurface } from './surface.js';

/** The few extension APIs the tests call inside the service worker. */
interface ChromeApi {
  action: { openPopup(): Promise<void> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number; url?: string }>> };
  storage: { sync: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}
declare const chrome: ChromeApi;

/** The flags the harness starts Chromium with, besides the extension-loading ones. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', // needed as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
] as const;

export interface ChromiumHarness {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The id and URL of the active tab in the last focused window, as the extension sees it. */
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  /**
   * Clicks the toolbar button, in effect: opens the real action popup and attaches to it.
   * With `beforeLoad`, the popup is held before it loads anything (not even popup.html),
   * and `beforeLoad` gets a session on it of its own, to enable a domain from the very
   * start and hear its events. A held target answers nothing until it runs, so the hook
   * only sends (its commands are delivered before the popup is let go) and never awaits a
   * reply; the popup is driven over another session, attached once it has loaded.
   */
  openPopup(options?: { beforeLoad?(early: TargetSession): void }): Promise<Popup>;
  /** A CDP session on the extension's service worker. */
  attachServiceWorker(): Promise<TargetSession>;
  /** The address of the reader tab for tab `tabId` (what "open in a tab" opens: popup.html?tab=<id>&view=tab). */
  readerTabUrl(tabId: number): string;
  /** Lets the extension's pages read and write the clipboard without asking (the tests read what was copied). */
  grantClipboard(): Promise<void>;
  /** The reader settings in storage.sync, as the extension saved them (undefined: never saved). */
  storedSettings(): Promise<Record<string, unknown> | undefined>;
  /** Back to the default reader settings (storage.sync cleared from the service worker). */
  resetSettings(): Promise<void>;
  close(): Promise<void>;
}

/** `headless: false` needs a display (e.g. under xvfb-run); bench:ui --headed uses it. */
export async function launchChromium(extensionDir: string, { headless = true } = {}): Promise<ChromiumHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'sift-e2e-chromium-'));
  let ctx: BrowserContext | undefined;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      colorScheme: 'light',
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS],
    });
    const worker = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
    const extensionId = new URL(worker.url()).host;
    const browserSession = await ctx.browser()!.newBrowserCDPSession();
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    const context = ctx;
    return {
      ctx,
      worker,
      extensionId,
      activeTab: async () => (await worker.evaluate(
        () => chrome.tabs.query({ active: true, lastFocusedWindow: true }))).map(({ id, url }) => ({ id, url }))[0],
      async openPopup(options = {}) {
        if (await findTarget(browserSession, popupUrl)) throw new Error('a popup is already open; close it first');
        const held = options.beforeLoad ? await holdNewTargets(browserSession) : null;
        let early: TargetSession | undefined;
        try {
          // openPopup() resolves once the popup has loaded, which a held popup does not do: then it is not awaited.
          const clickedAt = await worker.evaluate(async (wait) => {
            const at = performance.timeOrigin + performance.now();
            const opening = chrome.action.openPopup();
            if (wait) await opening;
            else opening.catch(() => {});
            return at;
          }, !held);
          if (held && options.beforeLoad) {
            // The popup is the first target created after the click; held, it has no URL yet.
            const first = await waitFor(async () => held.waiting.shift(), 5_000, 'the action popup to be created');
            early = await TargetSession.open(browserSession, first.targetId, 'popup (held)');
            options.beforeLoad(early);
            await early.delivered();
            await held.release(first);
          }
          const targetId = await waitFor(() => findTarget(browserSession, popupUrl), 5_000, 'the action popup to open');
          if (early && targetId !== early.targetId) throw new Error('the target held at the click was not the popup');
          return await Popup.attach(browserSession, targetId, clickedAt, early);
        } catch (err) {
          await early?.detach();
          throw err;
        } finally {
          await held?.stop();
        }
      },
      async attachServiceWorker() {
        const { targetInfos } = await browserSession.send('Target.getTargets');
        const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === worker.url());
        if (!target) throw new Error(`no service worker target at ${worker.url()}`);
        return TargetSession.open(browserSession, target.targetId, 'service worker');
      },
      readerTabUrl: (tabId) => `chrome-extension://${extensionId}/popup.html?tab=${tabId}&view=tab`,
      async grantClipboard() {
        await browserSession.send('Browser.grantPermissions', {
          origin: `chrome-extension://${extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
        });
      },
      storedSettings: async () => (await worker.evaluate(() => chrome.storage.sync.get('settings'))).settings as
        Record<string, unknown> | undefined,
      resetSettings: () => worker.evaluate(() => chrome.storage.sync.clear()),
      async close() {
        try {
          await context.close();
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    await ctx?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** Brings `page` to the front and loads `url` in it, so that it is the tab the popup reads. */
export async function showInActiveTab(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.bringToFront();
}

/** A new target held before it starts, by the auto-attach session `sessionId`. */
interface HeldTarget { targetId: string; type: string; sessionId: string }

/**
 * Holds every target created from now on before it runs anything (CDP's auto-attach
 * with waitForDebuggerOnStart), so that a test can attach to it first. At browser level
 * Chromium auto-attaches only in flat mode, whose sessions Playwright's CDPSession cannot
 * address; these flat sessions serve only to hold and release (detach) the target, and
 * tests talk to it over a non-flat TargetSession instead. `stop` releases whatever is
 * still held and ends auto-attaching.
 */
async function holdNewTargets(session: CDPSession) {
  const waiting: HeldTarget[] = [];
  const onAttached = (e: { sessionId: string; targetInfo: { targetId: string; type: string }; waitingForDebugger: boolean }) => {
    if (e.waitingForDebugger) waiting.push({ targetId: e.targetInfo.targetId, type: e.targetInfo.type, sessionId: e.sessionId });
  };
  session.on('Target.attachedToTarget', onAttached);
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  const release = (t: HeldTarget) => session.send('Target.detachFromTarget', { sessionId: t.sessionId }).catch(() => {});
  return {
    waiting,
    release,
    async stop() {
      session.off('Target.attachedToTarget', onAttached);
      await Promise.all(waiting.splice(0).map(release));
      // Also detaches the sessions auto-attach opened on the targets that already existed.
      await session.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
    },
  };
}

async function findTarget(session: CDPSession, url: string): Promise<string | undefined> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'page' && t.url === url)?.targetId;
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The keys the popup's press() knows: key → [code, Windows virtual key code]. */
const KEY_CODES: Record<string, [string, number]> = {
  Escape: ['Escape', 27],
  Tab: ['Tab', 9],
  ArrowLeft: ['ArrowLeft', 37],
  ArrowRight: ['ArrowRight', 39],
};

interface CdpReply { id?: number; result?: unknown; error?: { message: string } }
interface CdpMessage extends CdpReply { method?: string; params?: unknown }

/**
 * A CDP session on one target that Playwright does not attach to for us (the
 * toolbar popup, the extension's service worker), from a browser-level CDP session.
 * Playwright's CDPSession cannot address flat child sessions, hence the non-flat
 * mode: commands travel wrapped in Target.sendMessageToTarget, replies and events
 * come back as Target.receivedMessageFromTarget.
 */
export class TargetSession {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();
  private readonly listeners = new Set<(method: string, params: unknown) => void>();
  /** Commands on their way to the target, not yet accepted by the browser. */
  private readonly delivering = new Set<Promise<unknown>>();
  private readonly onMessage = (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== this.sessionId) return;
    const message = JSON.parse(e.message) as CdpMessage;
    if (message.id === undefined) {
      if (message.method) for (const listener of this.listeners) listener(message.method, message.params);
      return;
    }
    this.pending.get(message.id)?.(message);
    this.pending.delete(message.id);
  };

  /** @param label what the target is, for error messages ('popup', 'service worker'). */
  protected constructor(protected readonly browser: CDPSession, readonly targetId: string, private readonly sessionId: string,
    private readonly label: string) {
    browser.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  protected static async sessionFor(browser: CDPSession, targetId: string): Promise<string> {
    return (await browser.send('Target.attachToTarget', { targetId, flatten: false })).sessionId;
  }

  static async open(browser: CDPSession, targetId: string, label: string): Promise<TargetSession> {
    return new TargetSession(browser, targetId, await TargetSession.sessionFor(browser, targetId), label);
  }

  async send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<CdpReply>((ok) => this.pending.set(id, ok));
    const delivery = this.browser.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    this.delivering.add(delivery);
    try {
      await delivery;
    } finally {
      this.delivering.delete(delivery);
    }
    const { result, error } = await reply;
    if (error) throw new Error(`${method} in the ${this.label}: ${error.message}`);
    return result as T;
  }

  /** Resolves once the browser has accepted every command sent so far (their replies may come much later). */
  async delivered(): Promise<void> {
    await Promise.all(this.delivering);
  }

  /** Calls `listener` with every CDP event of this target (after the domain was enabled); returns a way to stop. */
  onEvent(listener: (method: string, params: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Evaluates a JavaScript expression in the target and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) {
      throw new Error(`${this.label}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as T;
  }

  /** Detaches from the target (which goes on running). */
  async detach(): Promise<void> {
    try {
      await this.browser.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
    } finally {
      this.dispose();
    }
  }

  /** Stops listening; whatever still waits for a reply fails. */
  protected dispose(): void {
    this.browser.off('Target.receivedMessageFromTarget', this.onMessage);
    this.listeners.clear();
    for (const resolve of this.pending.values()) resolve({ error: { message: 'session closed' } });
    this.pending.clear();
  }
}

/**
 * The real toolbar popup. Playwright does not attach to it (it is neither a tab
 * nor in ctx.pages(), and no 'page' event fires), so it is a TargetSession.
 */
export class Popup extends TargetSession implements ReaderSurface {
  /**
   * @param clickedAt wall-clock time (ms since the epoch, as performance.timeOrigin + now())
   *   just before the service worker called chrome.action.openPopup(): the click, in effect.
   */
  private constructor(browser: CDPSession, targetId: string, sessionId: string, readonly clickedAt: number,
    private readonly early?: TargetSession) {
    super(browser, targetId, sessionId, 'popup');
  }

  /** @param early a session opened on the popup before it loaded (openPopup's beforeLoad); closed with it. */
  static async attach(browser: CDPSession, targetId: string, clickedAt: number, early?: TargetSession): Promise<Popup> {
    return new Popup(browser, targetId, await TargetSession.sessionFor(browser, targetId), clickedAt, early);
  }

  run<T, A = undefined>(fn: InReader<T, A>, arg?: A): Promise<T> {
    return this.evaluate<T>(callExpression(fn, 'document', arg));
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
    await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 });
  }

  async press(key: string): Promise<void> {
    const known = KEY_CODES[key];
    if (!known) throw new Error(`no key code for ${key}: add it to KEY_CODES`);
    const [code, windowsVirtualKeyCode] = known;
    for (const type of ['rawKeyDown', 'keyUp']) {
      await this.send('Input.dispatchKeyEvent', { type, key, code, windowsVirtualKeyCode });
    }
  }

  /** Emulates the system colour scheme in the popup ('dark' | 'light'). */
  async colorScheme(value: 'dark' | 'light'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
  }

  /** Waits until the popup has finished: body[data-state] is set once the result is on screen. */
  async waitForState(timeoutMs = 10_000): Promise<string> {
    return waitFor(() => this.evaluate<string | undefined>('document.body?.dataset.state'), timeoutMs, 'body[data-state] in the popup');
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  /** Closes the popup, unless it closed itself (window.close()); then waits until it is gone. */
  async close(): Promise<void> {
    try {
      if (await this.isOpen()) await this.browser.send('Target.closeTarget', { targetId: this.targetId });
      await this.waitClosed();
    } finally {
      this.dispose();
      await this.early?.detach();
    }
  }

  async isOpen(): Promise<boolean> {
    return (await this.browser.send('Target.getTargets')).targetInfos.some((t) => t.targetId === this.targetId);
  }

  /** Waits for the popup to go away by itself (it closes after opening the overlay or a reader tab). */
  async waitClosed(timeoutMs = 5_000): Promise<void> {
    await waitFor(async () => !(await this.isOpen()), timeoutMs, 'the popup to close');
  }
}

/** Mouse, keyboard and screenshots of an ordinary page, for the surfaces below. */
function pageInput(page: Page): Omit<ReaderSurface, 'run'> {
  return {
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: () => page.screenshot(),
  };
}

/** A reader tab (popup.html?view=tab) in a Playwright page. */
export function tabSurface(page: Page): ReaderSurface {
  return {
    ...pageInput(page),
    run: <T, A>(fn: InReader<T, A>, arg?: A) => page.evaluate<T>(callExpression(fn, 'document', arg)),
  };
}

export function overlayIsOpen(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, OVERLAY_TAG);
}

/**
 * The overlay in a Chromium page. Its shadow root is closed, so page scripts
 * cannot reach it, but CDP can: DOM.describeNode with pierce lists the host's
 * shadow root, and DOM.resolveNode turns it into an object to call functions on.
 */
export function overlaySurface(page: Page, cdp: CDPSession): ReaderSurface {
  const group = 'sift-e2e-overlay';
  return {
    ...pageInput(page),
    async run<T, A>(fn: InReader<T, A>, arg?: A): Promise<T> {
      try {
        const { result: host } = await cdp.send('Runtime.evaluate', {
          expression: `document.querySelector(${JSON.stringify(OVERLAY_TAG)})`, objectGroup: group,
        });
        if (!host.objectId) throw new Error(`no ${OVERLAY_TAG} in the page`);
        const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 0, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) throw new Error(`${OVERLAY_TAG} has no shadow root`);
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: group });
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: `function (arg) { return (${String(fn)})(this, arg); }`,
          arguments: [{ value: arg ?? null }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(`in the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value as T;
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => {});
      }
    },
  };
}
