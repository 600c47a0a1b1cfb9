import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../build/manifest.js';
import { FIREFOX_PATH } from './browsers.js';
import { OPEN_OVERLAY_FRAGMENT, OVERLAY_TAG, type InReader, type ReaderSurface } from './surface.js';

/** Pinned so that moz-extension://<uuid>/ is predictable. */
export const EXTENSION_UUID = '5b1d9c4e-51f7-4a2e-9d6b-3e0c7a1f2b64';
export { OPEN_OVERLAY_FRAGMENT, OVERLAY_TAG };

export interface FirefoxHarness {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'sift-e2e-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Light theme, whatever the machine prefers (0 dark, 1 light, 2 system).
        'layout.css.prefers-color-scheme.content-override': 1,
        // navigator.clipboard.readText() without the "Paste" prompt, so a test can read what was copied.
        'dom.events.testing.asyncClipboard': true,
      },
    });
    await browser.installExtension(extensionDir);
    const page = (await browser.pages())[0] ?? await browser.newPage();
    const opened = browser;
    return {
      browser,
      page,
      async close() {
        try {
          await opened.close();
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** Puppeteer's WebDriver BiDi internals this file relies on (puppeteer-core is pinned). */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: BidiEvaluateResult }>;
}
type BidiEvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

function bidi(page: Page): { session: BidiSession; context: string } {
  const ctx = (page.mainFrame() as unknown as {
    browsingContext?: { id: string; userContext: { browser: { session: BidiSession } } };
  }).browsingContext;
  if (!ctx?.userContext?.browser?.session) {
    throw new Error('puppeteer-core internals changed: cannot reach the WebDriver BiDi session (frame.browsingContext)');
  }
  return { session: ctx.userContext.browser.session, context: ctx.id };
}

function unwrap(r: BidiEvaluateResult): unknown {
  if (r.type === 'exception') throw new Error(`in page: ${r.exceptionDetails.text}`);
  return r.result;
}

/**
 * Runs `fn(root, arg)` on the overlay's shadow root and returns its (JSON) result.
 *
 * The overlay's shadow root is closed: page scripts, and so page.evaluate, see
 * only the host element. WebDriver BiDi can still hand it out: serializing the
 * host with includeShadowTree 'all' gives a reference to the closed root, which
 * script.callFunction then accepts as an argument. Puppeteer exposes no public
 * way to send raw BiDi commands, hence `bidi()` above.
 */
export async function inOverlay<T, A = undefined>(page: Page, fn: InReader<T, A>, arg?: A): Promise<T> {
  const { session, context } = bidi(page);
  const host = unwrap((await session.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(OVERLAY_TAG)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })).result) as { type: string; value?: { shadowRoot?: { sharedId?: string } | null } };
  const sharedId = host.type === 'node' ? host.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) throw new Error(`no ${OVERLAY_TAG} with a shadow root in the page`);
  const out = unwrap((await session.send('script.callFunction', {
    functionDeclaration: `async (root, arg) => JSON.stringify(await (${String(fn)})(root, JSON.parse(arg)))`,
    arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  })).result) as { type: string; value?: string };
  if (out.type !== 'string' || out.value === undefined) return undefined as T;
  return JSON.parse(out.value) as T;
}

/**
 * Evaluates `expression` in a WebDriver BiDi sandbox of the page: a world of its
 * own beside the page's scripts, seeing the page's DOM through Xray wrappers as
 * an extension's content script does. Returns nothing.
 */
export async function inSandbox(page: Page, expression: string): Promise<void> {
  const { session, context } = bidi(page);
  unwrap((await session.send('script.evaluate', {
    expression,
    target: { context, sandbox: 'sift-e2e' },
    awaitPromise: true,
    resultOwnership: 'none',
  })).result);
}

export function overlayIsOpen(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, OVERLAY_TAG);
}

/** The overlay in `page`, driven with real (WebDriver BiDi) mouse and keyboard input. */
export function overlaySurface(page: Page): ReaderSurface {
  return {
    run: (fn, arg) => inOverlay(page, fn, arg),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as KeyInput),
    screenshot: () => page.screenshot(),
  };
}
