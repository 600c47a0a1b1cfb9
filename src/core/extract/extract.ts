import { Readability } from '@mozilla/readability';

export interface Extracted {
  root: Element;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  dir: string;
  excerpt: string;
}

/**
 * Run Readability on `clone` (which it mutates) and hand back the article as
 * a live element, so the cleanup can work on nodes instead of re-parsing HTML.
 * Classes are kept for the post-cleanup; the sanitizer drops them at the end.
 */
export function extract(clone: Document): Extracted | null {
  const parsed = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return null;
  return {
    root: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    siteName: parsed.siteName ?? '',
    publishedTime: parsed.publishedTime ?? '',
    lang: parsed.lang ?? '',
    dir: parsed.dir ?? '',
    excerpt: parsed.excerpt ?? '',
  };
}
