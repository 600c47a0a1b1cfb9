import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
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
 * Decode a saved page: BOM, then UTF-8 if the bytes are valid UTF-8, then a
 * declared charset, else windows-1252. jsdom's own sniffer stops at 1024
 * bytes, and saved pages often declare their charset later than that (or not
 * at all, having lost the HTTP header).
 */
export function decodePage(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  // Bytes that decode as UTF-8 are UTF-8, whatever the page declares: saving a
  // page re-encodes it but keeps its old <meta charset> (Readability's `qq`
  // page declares gb2312). Legacy encodings almost never form valid UTF-8.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: trust the declaration, else assume windows-1252 as browsers do.
  }
  const head = bytes.subarray(0, 65536).toString('latin1');
  const bodyAt = head.search(/<body\b/i);
  const declared = META_CHARSET.exec(bodyAt < 0 ? head : head.slice(0, bodyAt))?.[1]?.toLowerCase();
  if (declared?.startsWith('utf')) return new TextDecoder('utf-8').decode(bytes);
  if (declared && !/^(windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label.
    }
  }
  return windows1252(bytes);
}

/** windows-1252's 0x80–0x9F, which Node's TextDecoder decodes as Latin-1 control codes. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
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

/** Parse a saved page without running its scripts, reading its stylesheets or fetching anything. */
export async function loadPage(file: string, urlOverride?: string): Promise<LoadedPage> {
  const raw = await readFile(file);
  // A gzipped save (page.html.gz, as some archives and corpora keep pages) is read as its page.
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  const url = urlOverride || urlFromComment(bytes.subarray(0, 4096).toString('utf8')) || '';
  const html = decodePage(bytes);
  // Stylesheets go before parsing: nothing in the reader reads them, and jsdom
  // parses every rule of a page's inline CSS (a 900 KB <style> made one 1 MB
  // page take 7.6 s to parse instead of 1 s), and can throw on some of them.
  const dom = parse(html.replace(STYLESHEETS, ''), url);
  return {
    document: dom.window.document,
    window: dom.window as unknown as Window & typeof globalThis,
    url,
    close: () => {
      try {
        dom.window.close();
      } catch {
        // jsdom tears down deep trees recursively and can overflow; the GC frees the window anyway.
      }
    },
  };
}

/**
 * readPage's time budget under jsdom. The default (DEFAULT_TIME_BUDGET_MS) is
 * for a browser tab, whose DOM is several times faster than jsdom's; a saved
 * page the browser reads in one second can take jsdom six.
 */
export const NODE_TIME_BUDGET_MS = 60_000;
