/**
 * Read aloud with the browser's own speechSynthesis (no network of ours), one
 * sentence per utterance: Chrome cuts long utterances off, and a sentence is
 * the unit we highlight while it is read (CSS Custom Highlight API where the
 * browser has it, else the paragraph gets a class).
 */
const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, td, pre';
const HIGHLIGHT = 'sift-reading';

interface Sentence { block: Element; range: Range; text: string }

function textNodes(block: Element): Text[] {
  const out: Text[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('[data-sift-removed][hidden]')) out.push(n as Text);
  }
  return out;
}

/** The sentences of `body` in reading order, each as a Range over its text. */
export function sentencesOf(body: Element, lang: string): Sentence[] {
  const doc = body.ownerDocument;
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const out: Sentence[] = [];
  for (const block of body.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS) || block.closest('[data-sift-removed][hidden]')) continue; // leaves only
    const nodes = textNodes(block);
    const text = nodes.map((n) => n.data).join('');
    const at = (offset: number): [Text, number] => {
      let rest = offset;
      for (const n of nodes) {
        if (rest <= n.data.length) return [n, rest];
        rest -= n.data.length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    for (const s of segmenter.segment(text)) {
      const spoken = s.segment.trim();
      if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
      const lead = s.segment.length - s.segment.trimStart().length;
      const range = doc.createRange();
      range.setStart(...at(s.index + lead));
      range.setEnd(...at(s.index + lead + spoken.length));
      out.push({ block, range, text: spoken });
    }
  }
  return out;
}

type HighlightRegistry = Map<string, unknown>;
interface CssWithHighlights { highlights?: HighlightRegistry }
type HighlightCtor = new (...ranges: Range[]) => unknown;

export class ReadAloud {
  private queue: Sentence[] = [];
  private current: Sentence | null = null;
  private active = false;

  /** Told when reading starts or stops, so the toolbar button can say which. */
  onChange: (speaking: boolean) => void = () => {};

  constructor(private readonly body: HTMLElement, private readonly lang: string) {}

  static available(win: Window | null): boolean {
    return !!win && 'speechSynthesis' in win && typeof (win as Window & typeof globalThis).SpeechSynthesisUtterance === 'function';
  }

  get speaking(): boolean {
    return this.active;
  }

  start(): boolean {
    const win = this.body.ownerDocument.defaultView;
    if (!ReadAloud.available(win)) return false;
    this.queue = sentencesOf(this.body, this.lang);
    if (!this.queue.length) return false;
    this.active = true;
    win!.speechSynthesis.cancel();
    this.onChange(true);
    this.next();
    return true;
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.queue = [];
    this.body.ownerDocument.defaultView?.speechSynthesis.cancel();
    this.mark(null);
    this.onChange(false);
  }

  private next(): void {
    const win = this.body.ownerDocument.defaultView as Window & typeof globalThis;
    const s = this.queue.shift();
    if (!this.active) return;
    if (!s) {
      this.stop();
      return;
    }
    this.mark(s);
    const u = new win.SpeechSynthesisUtterance(s.text);
    if (this.lang) u.lang = this.lang;
    u.onend = () => this.next();
    u.onerror = () => this.stop();
    win.speechSynthesis.speak(u);
  }

  private mark(s: Sentence | null): void {
    const win = this.body.ownerDocument.defaultView as (Window & { CSS?: CssWithHighlights; Highlight?: HighlightCtor }) | null;
    this.current?.block.classList.remove(HIGHLIGHT);
    this.current = s;
    const registry = win?.CSS?.highlights;
    if (registry && win?.Highlight) {
      if (s) registry.set(HIGHLIGHT, new win.Highlight(s.range));
      else registry.delete(HIGHLIGHT);
    } else if (s) {
      s.block.classList.add(HIGHLIGHT);
    }
    s?.block.scrollIntoView?.({ block: 'nearest' });
  }
}
