/**
 * Checks of a reader showing test/hostile's story, whose paragraphs alternate
 * with 20 XSS vectors (issue 6.1): the story is shown, nothing that can run
 * code is, and clicking everything in it a reader could click runs nothing.
 * Written once against ReaderSurface, like checks.ts.
 */
import { expect } from 'vitest';
import { FLAG, marker, VECTORS } from '../../hostile/vectors.js';
import { summary } from './checks.js';
import { click, type ReaderRoot, type ReaderSurface } from './surface.js';

/** An expression for any page or popup: 'undefined' until one of the vectors has run there. */
export const FLAG_TYPE = `typeof window.${FLAG}`;

/** An expression that forgets the flag, once the page's own copy of the vectors has run. */
export const FORGET_FLAG = `delete window.${FLAG}`;

/** Elements that have no business in a reader view: they run, frame, submit or redirect. */
const ACTIVE_ELEMENTS = 'script, iframe, object, embed, form, base, meta';

/**
 * What in the reader could run code; runs in the browser. In a popup or reader
 * tab (a Document) the reader is #app; the page around it is popup.html's own
 * shell, returned apart so that it can be compared with what popup.html holds.
 */
function activeContent(root: ReaderRoot, selector: string) {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? root as Document : null;
  const scope: ParentNode | null = doc ? doc.getElementById('app') : root;
  if (!scope) return null;
  const handlers: string[] = [];
  const urls: string[] = [];
  for (const el of scope.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) handlers.push(`<${el.localName} ${a.name}>`);
      // The browser drops tabs, newlines and other controls inside a scheme ("jav\tascript:").
      const value = a.value.replace(/[\u0000-\u0020]/g, '');
      if (/javascript:|vbscript:|data:text\/html/i.test(value)) urls.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
    }
  }
  return {
    elements: [...scope.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120)),
    handlers,
    urls,
    shell: doc ? [...doc.querySelectorAll(selector)].filter((el) => !scope.contains(el))
      .map((el) => `${el.localName}${el.getAttribute('src') ? ` src=${el.getAttribute('src')}` : ''}`) : [],
  };
}

/** What a reader may click in the article and the panels around it. */
const CLICKABLE = ['.sift-body a', '.sift-body summary', '.sift-body img', '.sift-body svg', '.sift-body mark',
  'section.sift-quotes button.sift-quote'].join(', ');

/** Where to click the `i`th clickable element, or why not to; runs in the browser. */
function clickPoint(root: ReaderRoot, [selector, i]: [string, number]) {
  const el = root.querySelectorAll(selector)[i];
  if (!el) return { skip: 'gone' };
  const href = el.closest('a')?.getAttribute('href') ?? '';
  // A link out opens a new tab (target=_blank): not a vector, and nothing to learn there.
  if (/^\s*(https?|mailto|tel):/i.test(href)) return { skip: `links out (${href})` };
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return { skip: `${el.localName} takes no room` };
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  const hit = root.elementFromPoint(x, y);
  if (!hit || !(el === hit || el.contains(hit) || hit.contains(el))) return { skip: `${el.localName} is covered` };
  return { x, y };
}

/**
 * Shows the items the cleanup kept hidden in place (the removed-items toggle), then
 * moves the mouse onto and clicks every link, summary, picture, SVG, mark and key
 * quote, as a reader could. Returns how many it clicked.
 */
async function clickEverything(view: ReaderSurface): Promise<number> {
  const removed = await view.run((root) => ({
    list: root.querySelector('details.sift-removed') !== null,
    toggle: root.querySelector('button.sift-removed-toggle') !== null,
  }));
  if (removed.list) await click(view, 'details.sift-removed > summary');
  if (removed.toggle) {
    await click(view, 'button.sift-removed-toggle');
    expect(await view.run((root) => root.querySelector('button.sift-removed-toggle')?.getAttribute('aria-pressed'))).toBe('true');
  }
  const count = await view.run((root, sel) => root.querySelectorAll(sel).length, CLICKABLE);
  let clicked = 0;
  for (let i = 0; i < count; i++) {
    const at = await view.run(clickPoint, [CLICKABLE, i] as [string, number]);
    if ('skip' in at) continue;
    await view.clickAt(at.x, at.y);
    clicked++;
  }
  // Handlers that would fire late (toggle, error events) get their turn.
  await new Promise((r) => setTimeout(r, 300));
  return clicked;
}

/**
 * The hostile story in a reader view: every paragraph beside a vector is shown;
 * no script, frame, plugin, form, base or meta element, no on* attribute and no
 * javascript: URL is left; then everything is clicked (see clickEverything).
 * `shell`: what popup.html itself holds outside the reader, for a popup or reader tab.
 */
export async function checkHostileStory(view: ReaderSurface, shell: string[] = []): Promise<void> {
  const { body } = await summary(view);
  for (let i = 0; i < VECTORS.length; i++) expect(body, `the paragraph beside "${VECTORS[i]!.name}"`).toContain(marker(i));

  const found = await view.run(activeContent, ACTIVE_ELEMENTS);
  expect(found, 'the reader is on screen').not.toBeNull();
  expect(found!.elements, 'active elements in the reader').toEqual([]);
  expect(found!.handlers, 'event handler attributes in the reader').toEqual([]);
  expect(found!.urls, 'script URLs in the reader').toEqual([]);
  expect(found!.shell, 'active elements outside the reader').toEqual(shell);

  expect(await clickEverything(view), 'things clicked in the reader').toBeGreaterThan(VECTORS.length / 2);
  // Clicking showed hidden items and opened details: still nothing active.
  expect(await view.run(activeContent, ACTIVE_ELEMENTS)).toEqual(found);
}

/** What popup.html holds outside the reader: its two meta elements and its script. */
export const POPUP_SHELL = ['meta', 'meta', 'script src=popup.js'];

/**
 * The canary that shows the flag checks in a page can fail: evaluated in a world
 * apart from the page's scripts (as the content script is), it puts an element
 * with an inline handler into a closed shadow root, as the overlay puts the
 * article there. The handler runs in the page's main world unless the page's
 * CSP forbids inline handlers, which would forbid the overlay's just the same.
 */
export const PLANT_HANDLER = `(() => {
  const host = document.createElement('sift-e2e-canary');
  const root = host.attachShadow({ mode: 'closed' });
  const img = document.createElement('img');
  img.setAttribute('onerror', 'window.${FLAG} = 1');
  img.setAttribute('src', 'x:');
  root.append(img);
  document.documentElement.append(host);
})()`;
