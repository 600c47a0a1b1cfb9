import type { ReaderView } from '../reader/render.js';
import { READER_CSS } from '../reader/styles.js';

const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; }
.sift-scroller { position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain; background: var(--bg, #fbfbf8); }
.sift-scroller > .sift-root { min-height: calc(100% + 1px); }
.sift-scroller:focus { outline: none; }
`;

const FOCUSABLE = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

interface Saved {
  scrollX: number;
  scrollY: number;
  focus: Element | null;
}

/**
 * The in-page reader. It lives in a closed shadow root on one host element, so
 * page CSS cannot reach in and ours cannot leak out; closing removes that host
 * and puts scroll and focus back, leaving the page's DOM as it was.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private view: ReaderView | null = null;
  private saved: Saved | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);

  /** `onClose` runs after every close, by button, Esc or message: the host stops its listeners there. */
  constructor(private readonly doc: Document, private readonly onClose: () => void = () => {}) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** The shadow root, for what must stay out of the page's sight (the copy fallback's textarea). */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  open(build: (doc: Document) => ReaderView, label: string): void {
    if (this.host) return;
    const { doc } = this;
    const win = doc.defaultView!;
    this.saved = { scrollX: win.scrollX, scrollY: win.scrollY, focus: doc.activeElement };
    const host = doc.createElement('sift-reader-overlay');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = READER_CSS + OVERLAY_CSS;
    const scroller = doc.createElement('div');
    scroller.className = 'sift-scroller';
    scroller.setAttribute('role', 'dialog');
    scroller.setAttribute('aria-modal', 'true');
    scroller.setAttribute('aria-label', label);
    scroller.tabIndex = -1;
    const view = build(doc);
    scroller.append(view.root);
    shadow.append(style, scroller);
    doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.view = view;
    win.addEventListener('keydown', this.onKey, true);
    scroller.focus({ preventScroll: true });
  }

  /** Replaces what the open overlay shows ("show anyway" re-reads the page). */
  replace(build: (doc: Document) => ReaderView): void {
    const scroller = this.shadow?.querySelector('.sift-scroller');
    if (!scroller || !this.view) return;
    this.view.destroy();
    this.view = build(this.doc);
    scroller.replaceChildren(this.view.root);
  }

  get current(): ReaderView | null {
    return this.view;
  }

  close(): void {
    if (!this.host) return;
    const win = this.doc.defaultView!;
    win.removeEventListener('keydown', this.onKey, true);
    this.view?.destroy();
    this.view = null;
    this.host.remove();
    this.host = null;
    this.shadow = null;
    this.onClose();
    const saved = this.saved;
    this.saved = null;
    if (!saved) return;
    if (saved.focus instanceof win.HTMLElement && saved.focus !== this.doc.body) saved.focus.focus({ preventScroll: true });
    win.scrollTo(saved.scrollX, saved.scrollY);
  }

  private focusables(): HTMLElement[] {
    if (!this.shadow) return [];
    return [...this.shadow.querySelectorAll<HTMLElement>(FOCUSABLE)]
      .filter((el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
      // A radio group is one stop, at its checked button, as the browser's own Tab order has it.
      .filter((el) => !(el instanceof this.doc.defaultView!.HTMLInputElement && el.type === 'radio' && !el.checked));
  }

  private handleKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return;
    }
    if (e.key === 'Tab') {
      // Keep focus inside the reader while it is open.
      const items = this.focusables();
      if (items.length === 0) return;
      const active = items.find((el) => el.matches(':focus')) ?? null;
      const i = active ? items.indexOf(active) : -1;
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i === items.length - 1 ? 0 : i + 1);
      e.preventDefault();
      e.stopPropagation();
      items[next]!.focus();
    }
  }
}
