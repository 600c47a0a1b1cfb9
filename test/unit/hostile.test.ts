import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import englishMessages from '../../src/_locales/en/messages.json' with { type: 'json' };
import { readArticle, readPage } from '../../src/core/index.js';
import { sanitizeToFragment } from '../../src/core/result/sanitize.js';
import { translator } from '../../src/reader/i18n.js';
import { renderReader } from '../../src/reader/render.js';
import { DEFAULT_SETTINGS } from '../../src/reader/settings.js';
import { FLAG, hostilePage, marker, VECTORS } from '../hostile/vectors.js';

/** readPage as the CLI runs it, or readArticle as the content script does (the view sanitizes). */
function read(engine: typeof readPage = readPage) {
  const dom = new JSDOM(hostilePage(), { url: 'https://example.org/pier' });
  const r = engine(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis, keepRemoved: true });
  dom.window.close();
  if (!r.ok) throw new Error(r.reason);
  return r;
}

function expectNothingRunnable(root: ParentNode): void {
  expect(root.querySelectorAll('script, style, iframe, object, embed, form, button, input, meta, base, template, noscript, animate, set').length).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const a of el.attributes) {
      expect(a.name, `${el.tagName} ${a.name}`).not.toMatch(/^on|^srcdoc$|^formaction$|^style$|^xlink:href$/i);
      if (/^(href|src|action|data)$/i.test(a.name)) expect(a.value, `${el.tagName} ${a.name}`).toMatch(/^(https?:|mailto:|tel:|#)/i);
    }
  }
}

describe('hostile pages (XSS vectors)', () => {
  const article = read();
  const probe = new JSDOM(`<body>${article.html}</body>`).window.document;

  it('leave nothing that can run in the article html', () => {
    expectNothingRunnable(probe);
    expect(article.html).not.toMatch(/javascript:|data:text\/html/i);
  });

  it('keep the story around every vector', () => {
    for (let i = 0; i < VECTORS.length; i++) expect(article.text, VECTORS[i]!.name).toContain(marker(i));
  });

  it.each([['readPage', readPage], ['readArticle, unsanitized until the view', readArticle]])('run nothing when the reader renders them (%s) in a document that runs scripts', async (_, engine) => {
    const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'dangerously', url: 'https://example.org/' });
    const { document } = dom.window;
    const win = dom.window as unknown as Window & typeof globalThis;
    const view = renderReader(document, read(engine), {
      t: translator(englishMessages), mode: 'popup', settings: DEFAULT_SETTINGS, prefersDark: false, sanitize: (html) => sanitizeToFragment(html, win),
    });
    document.body.append(view.root);
    for (const el of document.querySelectorAll<HTMLElement>('a, details, svg, img')) {
      el.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
      el.dispatchEvent(new dom.window.MouseEvent('mouseover', { bubbles: true }));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((dom.window as unknown as Record<string, unknown>)[FLAG]).toBeUndefined();
    expectNothingRunnable(document.querySelector('.sift-body')!);
    dom.window.close();
  });
});
