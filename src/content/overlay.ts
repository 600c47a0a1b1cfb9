import type { ReadResult } from '../core/types.js';
import { renderReader } from '../reader/render.js';
import { READER_CSS } from '../reader/styles.js';

const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; }
.sift-scroller { position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain; background: var(--bg, #fbfbf8); }
.sift-scroller > .sift-root { min-height: calc(100% + 1px); }
`;

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
  private saved: Saved | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);
  private focusables: () => HTMLElement[] = () => [];

  constructor(private readonly doc: Document, private readonly closeLabel: string) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  open(result: ReadResult, theme: 'light' | 'dark'): void {
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
    scroller.setAttribute('aria-label', result.ok ? result.title : 'Sift Reader');
    scroller.tabIndex = -1;
    const view = renderReader(doc, result, { theme });
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'sift-close';
    close.textContent = '×';
    close.setAttribute('aria-label', this.closeLabel);
    close.title = this.closeLabel;
    close.addEventListener('click', () => this.close());
    view.prepend(close);
    scroller.append(view);
    shadow.append(style, scroller);
    doc.documentElement.append(host);
    this.host = host;
    win.addEventListener('keydown', this.onKey, true);
    scroller.focus({ preventScroll: true });
    this.focusables = () => [...shadow.querySelectorAll<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])')];
  }

  close(): void {
    if (!this.host) return;
    const win = this.doc.defaultView!;
    win.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
    this.host = null;
    const saved = this.saved;
    this.saved = null;
    if (!saved) return;
    if (saved.focus instanceof win.HTMLElement && saved.focus !== this.doc.body) saved.focus.focus({ preventScroll: true });
    win.scrollTo(saved.scrollX, saved.scrollY);
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
      const active = this.currentFocus();
      const i = active ? items.indexOf(active) : -1;
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i === items.length - 1 ? 0 : i + 1);
      e.preventDefault();
      e.stopPropagation();
      items[next]!.focus();
    }
  }

  private currentFocus(): HTMLElement | null {
    // With a closed shadow root the page sees only the host as focused; ask the items themselves.
    return this.focusables().find((el) => el.matches(':focus')) ?? null;
  }
}
