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

/** `<meta charset>` or `http-equiv=content-type` anywhere in the head, not only its first 1024 bytes. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decode a saved page the way a browser would have: BOM, then a declared
 * charset, then UTF-8 if the bytes are valid UTF-8, else windows-1252. jsdom's
 * own sniffer stops at 1024 bytes, and saved pages often declare their charset
 * later than that (or not at all, having lost the HTTP header).
 */
export function decodePage(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  const head = bytes.subarray(0, 65536).toString('latin1');
  const bodyAt = head.search(/<body\b/i);
  const declared = META_CHARSET.exec(bodyAt < 0 ? head : head.slice(0, bodyAt))?.[1];
  if (declared) {
    try {
      const label = declared.toLowerCase();
      // A page that declares UTF-16 in an ASCII-compatible meta is really UTF-8 (HTML spec).
      return new TextDecoder(label.startsWith('utf-16') ? 'utf-8' : label).decode(bytes);
    } catch {
      // Unknown label: fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const STYLESHEETS = /<style\b[\s\S]*?<\/style\s*>|<link\b[^>]*\brel\s*=\s*["']?stylesheet[^>]*>/gi;

function parse(html: string, url: string): JSDOM {
  // No scripts, no subresources: jsdom's defaults, stated so nobody "fixes" them.
  // The virtual console swallows CSS parse errors that jsdom reports per page.
  return new JSDOM(html, {
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
  const url = urlOverride || urlFromComment(bytes.subarray(0, 4096).toString('utf8')) || '';
  const html = decodePage(bytes);
  let dom: JSDOM;
  try {
    dom = parse(html, url);
  } catch {
    dom = parse(html.replace(STYLESHEETS, ''), url);
  }
  return {
    document: dom.window.document,
    window: dom.window as unknown as Window & typeof globalThis,
    url,
    close: () => dom.window.close(),
  };
}
