import type { ReadResult } from '../core/types.js';
import { renderReader } from '../reader/render.js';
import { READER_CSS } from '../reader/styles.js';
import { restrictedKind } from '../platform/restricted.js';
import { activeTab, askTab, message } from '../platform/tabs.js';

declare const __SIFT_TEST__: boolean;

const app = document.getElementById('app')!;

function show(result: ReadResult): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  app.replaceChildren(renderReader(document, result, { theme: dark ? 'dark' : 'light' }));
  app.setAttribute('aria-busy', 'false');
  if (result.ok) {
    document.title = result.title;
    if (result.lang) document.documentElement.lang = result.lang;
  }
  document.body.dataset.state = result.ok ? 'article' : result.code;
}

function showMessage(text: string, state: string): void {
  const p = document.createElement('p');
  p.className = 'sift-message';
  p.textContent = text;
  const root = document.createElement('div');
  root.className = 'sift-root';
  root.append(p);
  app.replaceChildren(root);
  app.setAttribute('aria-busy', 'false');
  document.body.dataset.state = state;
}

/** Test builds open the popup as a tab, which is then the active tab itself; they name the tab to read. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  if (__SIFT_TEST__) {
    const id = Number(new URLSearchParams(location.search).get('tab'));
    if (id) return { id };
  }
  return activeTab();
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  document.getElementById('loading')!.textContent = message('loading');
  const tab = await targetTab();
  if (!tab || restrictedKind(tab.url)) {
    showMessage(message('restricted'), 'restricted');
    return;
  }
  try {
    show(await askTab(tab.id, { type: 'sift:read' }));
  } catch {
    // executeScript refuses pages the browser keeps from extensions.
    showMessage(message('restricted'), 'restricted');
  }
}

main().catch(() => showMessage(message('failed'), 'error'));
