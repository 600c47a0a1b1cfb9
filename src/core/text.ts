/**
 * Plain text of an article element: one paragraph per block, blocks separated
 * by a blank line, white space collapsed inside a paragraph (kept in <pre>).
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'MATH', 'math']);

/** Control characters other than tab and newline never belong in reader text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase());
}

export function collapse(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = collapse(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buf += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') { buf += ' '; continue; }
        if (el.tagName === 'PRE') {
          flush();
          const t = (el.textContent ?? '').replace(CONTROL, '').replace(/^\n+|\s+$/g, '');
          if (t) out.push(t);
          continue;
        }
        if (isBlock(el)) {
          flush();
          walk(el);
          flush();
        } else {
          walk(el);
        }
      }
    }
  };
  walk(root);
  flush();
  return out;
}

export function articleText(root: Node): string {
  return blockTexts(root).join('\n\n');
}

/** Words for reading time: space-separated words, plus CJK characters at two per word. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const spaced = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').split(/\s+/).filter(Boolean).length;
  return spaced + Math.ceil(cjk / 2);
}
