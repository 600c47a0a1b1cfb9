/** Page facts Readability does not return but the reader shows. */

export function leadImage(doc: Document): string {
  const sel = 'meta[property="og:image"], meta[name="og:image"], meta[name="twitter:image"], meta[property="twitter:image"]';
  const content = doc.querySelector(sel)?.getAttribute('content')?.trim() ?? '';
  if (!content) return '';
  try {
    const u = new URL(content, doc.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '';
  } catch {
    return '';
  }
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
