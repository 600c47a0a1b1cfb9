/** Page facts Readability does not return but the reader shows. */

/** What a <meta> tag names: its property (Open Graph) or its name, lower-cased. */
export function metaKey(m: Element): string {
  return (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
}

const IMAGE_META = new Set(['og:image', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

/**
 * The page's lead picture from its social-card meta tags. A plain loop over
 * <meta>: attribute selectors cost far more in jsdom, where the CLI runs.
 */
export function leadImage(doc: Document): string {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = metaKey(m);
    const content = m.getAttribute('content')?.trim();
    if (!IMAGE_META.has(key) || !content) continue;
    try {
      const u = new URL(content, doc.baseURI);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
    } catch {
      // A malformed address: look at the next tag.
    }
  }
  return '';
}

const SITE_META = new Set(['og:site_name', 'application-name']);

/** The names a page gives itself in its meta tags, for telling a site name in its title. */
export function siteNames(doc: Document): string[] {
  const names: string[] = [];
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = metaKey(m);
    const content = m.getAttribute('content')?.trim();
    if (SITE_META.has(key) && content) names.push(content);
  }
  return names;
}

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)\b/i;

export function direction(dir: string, lang: string): 'ltr' | 'rtl' | '' {
  const d = dir.toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  if (lang) return RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
  return '';
}

/** The document's language: Readability's answer, else <html lang>, else content-language. */
export function language(doc: Document, fromReadability: string): string {
  const lang = fromReadability || doc.documentElement?.getAttribute('lang')
    || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || '';
  return lang.trim().split(/[\s,;]/)[0] ?? '';
}

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
