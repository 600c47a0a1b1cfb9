import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import englishMessages from '../../src/_locales/en/messages.json' with { type: 'json' };
import { readPage } from '../../src/core/index.js';
import { sanitizeToFragment } from '../../src/core/result/sanitize.js';
import type { Article, ReadResult } from '../../src/core/types.js';
import { loadPage } from '../../src/cli/load.js';
import { SAMPLE_PAGE } from '../../src/cli/main.js';
import { translator } from '../../src/reader/i18n.js';
import { renderReader, type ReaderHost } from '../../src/reader/render.js';
import { DEFAULT_SETTINGS } from '../../src/reader/settings.js';

const t = translator(englishMessages);
let article: Article;
let dom: JSDOM;

beforeAll(async () => {
  const page = await loadPage(SAMPLE_PAGE);
  const r = readPage(page.document, { window: page.window, url: page.url, keepRemoved: true });
  page.close();
  if (!r.ok) throw new Error(r.reason);
  article = r;
});

afterAll(() => dom?.window.close());

function view(result: ReadResult, patch: Partial<ReaderHost> = {}) {
  dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const { document } = dom.window;
  const win = dom.window as unknown as Window & typeof globalThis;
  const host: ReaderHost = {
    t, mode: 'popup', settings: { ...DEFAULT_SETTINGS }, prefersDark: false, sanitize: (html) => sanitizeToFragment(html, win), ...patch,
  };
  const v = renderReader(document, result, host);
  document.body.append(v.root);
  return { v, root: v.root, document };
}

describe('reader view of an article', () => {
  it('shows site, title, byline, date and reading time', () => {
    const { root } = view(article);
    expect(root.querySelector('.sift-site')?.textContent).toBe(article.siteName);
    expect(root.querySelector('.sift-title')?.textContent).toBe(article.title);
    const meta = root.querySelector('.sift-meta')!.textContent!;
    expect(meta).toContain(article.byline);
    expect(meta).toContain(`${article.stats.readingMinutes} min read`);
    expect(root.querySelector('.sift-body')?.textContent).toContain(article.text.split('\n')[0]!.slice(0, 40));
  });

  it('lists the key quotes with their speakers; a click flashes and focuses the mark', () => {
    const { root, document } = view(article);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.sift-quote')];
    expect(buttons.length).toBe(article.highlights.length);
    const withSpeaker = article.highlights.findIndex((h) => h.speaker);
    expect(withSpeaker).toBeGreaterThanOrEqual(0);
    expect(buttons[withSpeaker]!.textContent).toContain(article.highlights[withSpeaker]!.speaker!);
    buttons[withSpeaker]!.click();
    const marks = root.querySelectorAll(`mark[data-sift-highlight="${withSpeaker}"]`);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.classList.contains('sift-flash')).toBe(true);
    expect(document.activeElement).toBe(marks[0]);
  });

  it('says how many items were removed and shows the in-place ones back on request', () => {
    const { root } = view(article);
    expect(article.removals.length).toBeGreaterThan(0);
    expect(root.querySelector('.sift-removed-summary')?.textContent).toBe(`${article.removals.length} items removed`);
    expect(root.querySelectorAll('.sift-removed-item').length).toBe(article.removals.length);
    const wrappers = [...root.querySelectorAll<HTMLElement>('.sift-body [data-sift-removed]')];
    expect(wrappers.length).toBe(article.removals.filter((r) => r.inPlace).length);
    expect(wrappers.length).toBeGreaterThan(0);
    expect(wrappers.every((w) => w.hidden)).toBe(true);
    const toggle = root.querySelector<HTMLButtonElement>('.sift-removed-toggle')!;
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(wrappers.some((w) => w.hidden)).toBe(false);
    expect(wrappers[0]!.dataset.siftKind).toBeTruthy();
    toggle.click();
    expect(wrappers.every((w) => w.hidden)).toBe(true);
  });

  it('opens the settings panel from the toolbar and applies a change at once', () => {
    const save = vi.fn();
    const { root } = view(article, { saveSettings: save });
    const button = root.querySelector<HTMLButtonElement>('.sift-settings-button')!;
    const panel = root.querySelector<HTMLElement>('.sift-settings')!;
    expect(panel.hidden).toBe(true);
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    button.click();
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dark = panel.querySelector<HTMLInputElement>('.sift-choice-theme label[data-value="dark"] input')!;
    dark.checked = true;
    dark.dispatchEvent(new dom.window.Event('change'));
    expect(root.dataset.theme).toBe('dark');
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark' }));
    const size = panel.querySelector<HTMLInputElement>('.sift-slider-size input')!;
    size.value = '24';
    size.dispatchEvent(new dom.window.Event('input'));
    expect(root.style.getPropertyValue('--size')).toBe('24px');
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark', size: 24 }));
  });

  it('takes settings saved elsewhere (applySettings) into view and controls', () => {
    const { v, root } = view(article, { saveSettings: () => {} });
    v.applySettings({ ...DEFAULT_SETTINGS, theme: 'sepia', highlights: false }, false);
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.highlights).toBe('off');
    expect(root.querySelector<HTMLInputElement>('.sift-choice-theme label[data-value="sepia"] input')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('.sift-toggle input')!.checked).toBe(false);
  });

  it('copies Markdown with the title, a source link and the key quotes', async () => {
    const copy = vi.fn(async (_markdown: string) => true);
    const { root } = view(article, { actions: { copy } });
    root.querySelector<HTMLButtonElement>('.sift-copy')!.click();
    await vi.waitFor(() => expect(root.querySelector('.sift-status')?.textContent).toBe('Copied as Markdown'));
    const md = copy.mock.calls[0]![0] as string;
    expect(md.startsWith(`# ${article.title}`)).toBe(true);
    expect(md).toContain(`Source: <${article.url}>`);
    expect(md).toContain('## Key quotes');
    expect(md).toContain('==');
    // Removed items never reach the Markdown, hidden in place or not (a repeat's first copy stays, of course).
    const gone = article.removals.filter((x) => x.inPlace && !x.step.startsWith('repeated'));
    expect(gone.length).toBeGreaterThan(0);
    for (const r of gone) expect(md).not.toContain(r.text);
  });

  it('shows only the buttons whose actions the host offers; a static preview has no toolbar', () => {
    const { root } = view(article, { actions: { print: () => {}, close: () => {} } });
    expect([...root.querySelectorAll('.sift-bar button')].map((b) => b.classList[1])).toEqual(['sift-close', 'sift-print']);
    expect(root.querySelector('.sift-bar')?.getAttribute('role')).toBe('toolbar');
    expect(view(article, { mode: 'static' }).root.querySelector('.sift-bar')).toBeNull();
  });

  it('sanitizes the article HTML again and sets lang and direction', () => {
    const hostile: Article = {
      ...article, lang: 'ar', dir: 'rtl',
      html: '<p>نص <img src="x" onerror="window.pwned=1"><script>window.pwned=1</script><a href="javascript:alert(1)">رابط</a></p>',
    };
    const { root } = view(hostile);
    const wrap = root.querySelector<HTMLElement>('.sift-article-wrap')!;
    expect(wrap.dir).toBe('rtl');
    expect(wrap.lang).toBe('ar');
    const body = root.querySelector('.sift-body')!;
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
  });
});

describe('reader view without an article', () => {
  const notArticle: ReadResult = { ok: false, url: 'https://example.org/', code: 'not-article', reason: 'x', stats: { timingsMs: { extract: 0, clean: 0, highlight: 0, total: 0 } } };

  it('says so in the UI language and offers "Show anyway"', () => {
    const showAnyway = vi.fn();
    const { root } = view(notArticle, { actions: { showAnyway } });
    expect(root.querySelector('.sift-message')?.textContent).toBe('This page does not look like an article.');
    const b = root.querySelector<HTMLButtonElement>('.sift-message-action')!;
    expect(b.textContent).toBe('Show anyway');
    b.click();
    expect(showAnyway).toHaveBeenCalledOnce();
  });

  it('offers no "Show anyway" for a page too large to read', () => {
    const { root } = view({ ...notArticle, code: 'too-large' }, { actions: { showAnyway: () => {} } });
    expect(root.querySelector('.sift-message')?.textContent).toBe('This page is too large to read.');
    expect(root.querySelector('.sift-message-action')).toBeNull();
  });
});

describe('links in the article', () => {
  it('a #fragment link does nothing (its target is gone), so the overlay never moves the page', () => {
    const { root, document } = view({ ...article, html: '<p>See <a href="#note-1">note 1</a> below.</p>' });
    const link = root.querySelector<HTMLAnchorElement>('.sift-body a')!;
    const click = new document.defaultView!.MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });
});

describe('a result read from the page summary', () => {
  it('says, in the interface language, that the text is only the page summary', () => {
    const { root } = view({ ...article, summaryOnly: true });
    expect(root.querySelector('.sift-note')?.textContent).toBe(t('summaryOnly'));
    const { root: plain } = view(article);
    expect(plain.querySelector('.sift-note')).toBeNull();
  });
});
