import { collapse } from '../text.js';

/**
 * The article body a page declares in its JSON-LD (schema.org NewsArticle,
 * Article, BlogPosting…). Some pages render only a teaser where Readability
 * looks, while the full text sits in `articleBody` (SCMP-style pages).
 */
function findBody(node: unknown, depth = 0): string {
  if (depth > 6 || node === null || typeof node !== 'object') return '';
  if (Array.isArray(node)) {
    for (const item of node) {
      const b = findBody(item, depth + 1);
      if (b) return b;
    }
    return '';
  }
  const obj = node as Record<string, unknown>;
  if (typeof obj.articleBody === 'string' && obj.articleBody.trim()) return obj.articleBody;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const b = findBody(obj[key], depth + 1);
    if (b) return b;
  }
  return '';
}

export function jsonLdArticleBody(doc: Document): string {
  // By tag, then type: a tag list is native and cheap, an attribute selector walks the page (jsdom).
  const scripts = [...doc.getElementsByTagName('script')].filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    try {
      const body = findBody(JSON.parse(script.textContent ?? ''));
      if (body) return body;
    } catch {
      // Malformed JSON-LD is common; the next block may parse.
    }
  }
  return '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * articleBody should be plain text, but some sites put markup in it (prensa.com:
 * escaped links). Tags become paragraph breaks or nothing, never elements: the
 * text is used as text only.
 */
export function bodyParagraphs(body: string): string[] {
  const plain = body
    .replace(/<\/(p|div|h[1-6]|li|blockquote)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');
  return plain.split(/\r?\n/).map(collapse).filter(Boolean);
}
