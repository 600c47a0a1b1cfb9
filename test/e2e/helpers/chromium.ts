import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from './browsers.js';

/** The few extension APIs the tests call inside the service worker. */
interface ChromeApi {
  action: { openPopup(): Promise<void> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number; url?: string }>> };
}
declare const chrome: ChromeApi;

export interface ChromiumHarness {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The id and URL of the active tab in the last focused window, as the extension sees it. */
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  /** Clicks the toolbar button, in effect: opens the real action popup and attaches to it. */
  openPopup(): Promise<Popup>;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir: string): Promise<ChromiumHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'sift-e2e-chromium-'));
  let ctx: BrowserContext | undefined;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      colorScheme: 'light',
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox', // needed as root
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
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
      async openPopup() {
        if (await findTarget(browserSession, popupUrl)) throw new Error('a popup is already open; close it first');
        await worker.evaluate(() => chrome.action.openPopup());
        const targetId = await waitFor(() => findTarget(browserSession, popupUrl), 5_000, 'the action popup to open');
        return Popup.attach(browserSession, targetId);
      },
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

async function findTarget(session: CDPSession, url: string): Promise<string | undefined> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'page' && t.url === url)?.targetId;
}

async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface CdpReply { id?: number; result?: unknown; error?: { message: string } }

/**
 * The real toolbar popup. Playwright does not attach to it (it is neither a tab
 * nor in ctx.pages(), and no 'page' event fires), so we attach ourselves from a
 * browser-level CDP session. Playwright's CDPSession cannot address flat child
 * sessions, hence the non-flat mode: commands travel wrapped in
 * Target.sendMessageToTarget, replies come back as Target.receivedMessageFromTarget.
 */
export class Popup {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();
  private readonly onMessage = (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== this.sessionId) return;
    const reply = JSON.parse(e.message) as CdpReply;
    if (reply.id === undefined) return;
    this.pending.get(reply.id)?.(reply);
    this.pending.delete(reply.id);
  };

  private constructor(private readonly browser: CDPSession, readonly targetId: string, private readonly sessionId: string) {
    browser.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  static async attach(browser: CDPSession, targetId: string): Promise<Popup> {
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: false });
    return new Popup(browser, targetId, sessionId);
  }

  async send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<CdpReply>((ok) => this.pending.set(id, ok));
    await this.browser.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    if (error) throw new Error(`${method} in the popup: ${error.message}`);
    return result as T;
  }

  /** Evaluates a JavaScript expression in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) {
      throw new Error(`popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as T;
  }

  /** Waits until the popup has finished: body[data-state] is set once the result is on screen. */
  async waitForState(timeoutMs = 10_000): Promise<string> {
    return waitFor(() => this.evaluate<string | undefined>('document.body.dataset.state'), timeoutMs, 'body[data-state] in the popup');
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    try {
      await this.browser.send('Target.closeTarget', { targetId: this.targetId });
      await waitFor(async () => !(await this.browser.send('Target.getTargets')).targetInfos
        .some((t) => t.targetId === this.targetId), 5_000, 'the popup to close');
    } finally {
      this.browser.off('Target.receivedMessageFromTarget', this.onMessage);
      for (const resolve of this.pending.values()) resolve({ error: { message: 'popup closed' } });
      this.pending.clear();
    }
  }
}
