/**
 * Checks of the reader view shared by every place it is shown (popup, reader
 * tab, overlay in Chromium or Firefox). They drive it with trusted clicks and
 * key presses through a ReaderSurface and read its DOM back.
 */
import { expect } from 'vitest';
import { click, type ReaderRoot, type ReaderSurface } from './surface.js';

/** What the reader shows; runs in the browser. */
export function readerSummary(root: ReaderRoot) {
  const wrap = root.querySelector('article.sift-article-wrap');
  const shell = root.querySelector<HTMLElement>('.sift-root');
  return {
    title: root.querySelector('.sift-title')?.textContent ?? null,
    // innerText: what shows, without the removed items kept hidden in place.
    body: root.querySelector<HTMLElement>('.sift-body')?.innerText ?? '',
    message: root.querySelector('.sift-message')?.textContent ?? null,
    action: root.querySelector('button.sift-message-action')?.textContent ?? null,
    dir: wrap?.getAttribute('dir') ?? null,
    lang: wrap?.getAttribute('lang') ?? null,
    direction: wrap ? getComputedStyle(wrap).direction : null,
    toolbar: [...root.querySelectorAll('.sift-bar[role=toolbar] > button')]
      .map((b) => [...b.classList].filter((c) => c !== 'sift-btn').join(' ')),
    settings: {
      theme: shell?.dataset.theme ?? null,
      font: shell?.dataset.font ?? null,
      highlights: shell?.dataset.highlights ?? null,
      size: shell?.style.getPropertyValue('--size') ?? null,
    },
  };
}
export type ReaderSummary = ReturnType<typeof readerSummary>;

export function summary(view: ReaderSurface): Promise<ReaderSummary> {
  return view.run(readerSummary);
}

/** Where the marks of highlight `i` are and how they look; runs in the browser. */
function markState(root: ReaderRoot, i: number) {
  const marks = [...root.querySelectorAll(`.sift-body mark[data-sift-highlight="${i}"]`)];
  const first = marks[0];
  if (!first) return null;
  const r = first.getBoundingClientRect();
  const viewport = first.ownerDocument.defaultView!.innerHeight;
  return {
    marks: marks.length,
    inView: r.top >= 0 && r.bottom <= viewport,
    focused: root.activeElement === first,
    flashing: marks.every((m) => m.classList.contains('sift-flash')),
  };
}

/**
 * The article's highlights are marked and listed as key quotes; a click on the
 * last key quote (its mark starts out of sight) scrolls to its mark, focuses it
 * and flashes every part of it for a moment.
 */
export async function checkKeyQuotes(view: ReaderSurface, minQuotes = 3): Promise<void> {
  const shown = await view.run((root) => ({
    marks: [...root.querySelectorAll('.sift-body mark[data-sift-highlight]')]
      .map((m) => Number(m.getAttribute('data-sift-highlight'))),
    quotes: [...root.querySelectorAll('section.sift-quotes button.sift-quote')]
      .map((b) => Number(b.getAttribute('data-target'))),
    heading: root.querySelector('section.sift-quotes h2')?.textContent ?? null,
  }));
  expect(shown.heading).toBe('Key quotes');
  expect(shown.quotes.length).toBeGreaterThanOrEqual(minQuotes);
  // Every key quote has its mark in the article.
  for (const i of shown.quotes) expect(shown.marks).toContain(i);

  const last = shown.quotes.at(-1)!;
  expect(await view.run(markState, last)).toMatchObject({ inView: false, flashing: false });
  await click(view, `section.sift-quotes button.sift-quote[data-target="${last}"]`);
  // The flash starts at once, and lasts about 1.5 s.
  expect(await view.run(markState, last)).toMatchObject({ flashing: true, focused: true });
  await expect.poll(() => view.run(markState, last), { timeout: 3_000 }).toMatchObject({ inView: true });
  await expect.poll(() => view.run(markState, last), { timeout: 3_000 }).toMatchObject({ flashing: false, inView: true });
}

/** The removed items and whether each in-place wrapper can be seen; runs in the browser. */
function removedState(root: ReaderRoot) {
  const details = root.querySelector<HTMLDetailsElement>('details.sift-removed');
  return {
    summary: details?.querySelector('summary')?.textContent ?? null,
    open: details?.open ?? false,
    items: [...root.querySelectorAll('li.sift-removed-item .sift-removed-text')].map((li) => li.textContent),
    pressed: root.querySelector('button.sift-removed-toggle')?.getAttribute('aria-pressed') ?? null,
    visible: [...root.querySelectorAll<HTMLElement>('.sift-body [data-sift-removed]')].map((w) => w.checkVisibility()),
  };
}

/**
 * "N items removed" lists N items; its toggle shows the items kept hidden in
 * place in the article, then hides them again. Returns the removed texts.
 */
export async function checkRemovedItems(view: ReaderSurface): Promise<string[]> {
  const closed = await view.run(removedState);
  expect(closed.items.length).toBeGreaterThan(1);
  expect(closed.summary).toBe(`${closed.items.length} items removed`);
  expect(closed.open).toBe(false);
  expect(closed.visible.length, 'removed items kept hidden in place').toBeGreaterThan(0);
  expect(closed.visible.every((v) => !v)).toBe(true);

  await click(view, 'details.sift-removed > summary');
  expect(await view.run(removedState)).toMatchObject({ open: true, pressed: 'false' });
  await click(view, 'button.sift-removed-toggle');
  const shown = await view.run(removedState);
  expect(shown.pressed).toBe('true');
  expect(shown.visible.every(Boolean)).toBe(true);
  await click(view, 'button.sift-removed-toggle');
  const hidden = await view.run(removedState);
  expect(hidden.pressed).toBe('false');
  expect(hidden.visible.every((v) => !v)).toBe(true);
  return closed.items as string[];
}

/** "Not an article" with a Show anyway button; pressing it reads the page anyway and shows an article titled `title`. */
export async function checkShowAnyway(view: ReaderSurface, title: string): Promise<void> {
  const before = await summary(view);
  expect(before.title).toBeNull();
  expect(before.message).toBe('This page does not look like an article.');
  expect(before.action).toBe('Show anyway');
  await click(view, 'button.sift-message-action');
  await expect.poll(async () => (await summary(view)).title, { timeout: 10_000 }).toBe(title);
  expect((await summary(view)).message).toBeNull();
}

/** A right-to-left article: its wrapper says dir="rtl" and its language, and lays out right to left. */
export async function checkRtl(view: ReaderSurface, title: string, lang: string): Promise<void> {
  const shown = await summary(view);
  expect(shown.title).toBe(title);
  expect(shown).toMatchObject({ dir: 'rtl', lang, direction: 'rtl' });
}

/** The real system clipboard, as a page of the browser under test reads and writes it. */
export interface Clipboard {
  read(): Promise<string>;
  write(text: string): Promise<void>;
}

/**
 * Whether the reader's own labels that start with a number ("1 min read",
 * "1 item removed"), in the UI's language, show the number first, left of
 * the word after it; runs in the browser.
 */
function numberedLabels(root: ReaderRoot) {
  const labels = [...root.querySelectorAll('.sift-meta span, details.sift-removed > summary')]
    .filter((el) => /^\d+ \p{L}/u.test(el.textContent ?? ''));
  return labels.map((el) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    const at = (i: number) => {
      const range = el.ownerDocument.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    const word = (node.textContent ?? '').indexOf(' ') + 1;
    return { text: el.textContent, numberFirst: at(0) < at(word) };
  });
}

/**
 * In an article in another script and direction, the reader's own labels
 * (English here) still read as written: "1 min read", not "min read 1".
 */
export async function checkUiLabelsReadInOrder(view: ReaderSurface): Promise<void> {
  const labels = await view.run(numberedLabels);
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label, `"${label.text}" as shown`).toMatchObject({ numberFirst: true });
}

/**
 * "Copy as Markdown": a click copies the article as Markdown (title, source,
 * key quotes, ==marks==, no ad labels) and says so in the status line.
 * The clipboard is read back for real; returns what it held.
 */
export async function checkCopy(view: ReaderSurface, clipboard: Clipboard,
  article: { title: string; url: string }): Promise<string> {
  await clipboard.write('not copied yet');
  expect(await clipboard.read()).toBe('not copied yet');
  await click(view, '.sift-copy');
  await expect.poll(() => view.run((root) => root.querySelector('.sift-status[role=status]')?.textContent ?? ''))
    .toBe('Copied as Markdown');
  const markdown = await clipboard.read();
  expect(markdown.startsWith(`# ${article.title}\n`), markdown.slice(0, 200)).toBe(true);
  expect(markdown).toContain(`Source: <${article.url}>`);
  expect(markdown).toContain('\n## Key quotes\n');
  expect(markdown).toMatch(/==[^=\n]+==/);
  expect(markdown).not.toContain('Advertisement');
  return markdown;
}

/** Opens the settings panel with the toolbar's settings button. */
export async function openSettings(view: ReaderSurface): Promise<void> {
  await click(view, '.sift-settings-button');
  expect(await view.run((root) => {
    const button = root.querySelector('.sift-settings-button')!;
    const panel = root.querySelector<HTMLElement>('section.sift-settings');
    return {
      expanded: button.getAttribute('aria-expanded'),
      controls: panel !== null && button.getAttribute('aria-controls') === panel.id,
      visible: panel?.checkVisibility() ?? false,
    };
  })).toEqual({ expanded: 'true', controls: true, visible: true });
}

/** Picks a theme or font in the open settings panel with a click on its label. */
export async function pickChoice(view: ReaderSurface, group: 'theme' | 'font', value: string): Promise<void> {
  await click(view, `fieldset.sift-choice-${group} label[data-value="${value}"]`);
}

/** Moves a slider of the open settings panel by `steps` with the arrow keys; returns its new value. */
export async function nudgeSlider(view: ReaderSurface, slider: 'size' | 'width' | 'leading', steps: number): Promise<string> {
  const selector = `.sift-slider-${slider} input[type=range]`;
  await view.run((root, sel) => root.querySelector<HTMLInputElement>(sel)!.focus(), selector);
  for (let i = 0; i < Math.abs(steps); i++) await view.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  return view.run((root, sel) => root.querySelector<HTMLInputElement>(sel)!.value, selector);
}
