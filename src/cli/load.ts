import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface LoadedPage {
  document: Document;
  window: Window & typeof globalThis;
  url: string;
  close(): void;
}

/** A saved page may name its address in a first-line `<!-- {"url": "..."} -->` comment. */
export function urlFromComment(head: string): string {
  const m = /^\uFEFF?\s*<!--\s*(\{[\s\S]*?\})\s*-->/.exec(head);
  if (!m) return '';
  try {
    const parsed = JSON.parse(m[1]!) as { url?: unknown };
    return typeof parsed.url === 'string' ? parsed.url : '';
  } catch {
    return '';
  }
}

const STYLESHEETS = /<style\b[\s\S]*?<\/style\s*>|<link\b[^>]*\brel\s*=\s*["']?stylesheet[^>]*>/gi;

function parse(bytes: Buffer | string, url: string): JSDOM {
  // No scripts, no subresources: jsdom's defaults, stated so nobody "fixes" them.
  // The virtual console swallows CSS parse errors that jsdom reports per page.
  return new JSDOM(bytes, {
    url: url || 'about:blank',
    contentType: 'text/html',
    runScripts: undefined,
    resources: undefined,
    pretendToBeVisual: false,
    virtualConsole: new VirtualConsole(),
  });
}

/**
 * Parse a saved page without running its scripts or fetching anything. jsdom
 * can throw on some pages' stylesheets; then the page is parsed again with its
 * stylesheets left out, since the reader never uses them.
 */
export async function loadPage(file: string, urlOverride?: string): Promise<LoadedPage> {
  const bytes = await readFile(file);
  const url = urlOverride || urlFromComment(bytes.subarray(0, 4096).toString('latin1')) || '';
  let dom: JSDOM;
  try {
    dom = parse(bytes, url);
  } catch {
    dom = parse(bytes.toString('utf8').replace(STYLESHEETS, ''), url);
  }
  return {
    document: dom.window.document,
    window: dom.window as unknown as Window & typeof globalThis,
    url,
    close: () => dom.window.close(),
  };
}
