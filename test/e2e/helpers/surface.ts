/**
 * One way to drive a reader view wherever it is shown: Chromium's toolbar
 * popup, a reader tab, the overlay's closed shadow root in Chromium or in
 * Firefox. The checks in checks.ts are written once against this interface.
 */

/**
 * The test builds' stand-in for a toolbar click or the keyboard command (see
 * src/background/index.ts): loading a 127.0.0.1 page whose URL ends with it opens the overlay.
 */
export const OPEN_OVERLAY_FRAGMENT = '#sift-open-overlay';

/** The overlay's host element in the page; its shadow root is closed. */
export const OVERLAY_TAG = 'sift-reader-overlay';

/** Where a reader view lives: the popup's (or reader tab's) document, or the overlay's shadow root. */
export type ReaderRoot = Document | ShadowRoot;

/**
 * A function run in the browser on the reader's root. It travels as source
 * text, so it may use nothing from its scope but its two arguments; `arg` and
 * the result must survive JSON.
 */
export type InReader<T, A> = (root: ReaderRoot, arg: A) => T | Promise<T>;

export interface ReaderSurface {
  /** Runs `fn` in the browser on the reader's root and returns its result. */
  run<T, A = undefined>(fn: InReader<T, A>, arg?: A): Promise<T>;
  /** A trusted mouse click at (x, y), CSS pixels in the view's viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** A trusted key press ('Escape', 'Tab', 'ArrowRight') sent to whatever has focus. */
  press(key: string): Promise<void>;
  screenshot(): Promise<Uint8Array>;
}

/** `fn(root, arg)` as an expression, for surfaces that evaluate source text; `root` is an expression too. */
export function callExpression<T, A>(fn: InReader<T, A>, root: string, arg?: A): string {
  return `(${String(fn)})(${root}, ${JSON.stringify(arg ?? null)})`;
}

/**
 * Clicks the first element matching `selector` in the reader as a user would:
 * scrolled to the middle of the view, then a real mouse click at its centre.
 * Fails when the element is missing or something else (a sticky bar) covers that point.
 */
export async function click(view: ReaderSurface, selector: string): Promise<void> {
  const at = await view.run((root, sel) => {
    const el = root.querySelector(sel);
    if (!el) return { error: 'is missing' };
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    const hit = root.elementFromPoint(x, y);
    if (!hit || !(el === hit || el.contains(hit) || hit.contains(el))) {
      return { error: `is covered by ${hit ? hit.outerHTML.slice(0, 120) : 'nothing'} at (${x}, ${y})` };
    }
    return { x, y };
  }, selector);
  if ('error' in at) throw new Error(`cannot click ${selector}: it ${at.error}`);
  await view.clickAt(at.x, at.y);
}

/** A page's DOM and scroll position, to compare before and after the overlay was open. */
export interface PageState { html: string; x: number; y: number }

export async function pageState(page: { evaluate(expression: string): Promise<unknown> }): Promise<PageState> {
  return await page.evaluate('({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY })') as PageState;
}
