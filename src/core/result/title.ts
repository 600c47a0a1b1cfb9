import { headlineKey } from '../text.js';

/**
 * The headline without the site's name: "Some headline | The Example Blog"
 * → "Some headline", and "The Example Blog: Some headline" → "Some headline".
 * A segment is the site's name when its letters and digits are those of a
 * name the page gives itself (og:site_name, application-name) or of its host
 * ("Example Blog" on example-blog.com), "The" aside. Nothing else is cut: a
 * title without a separator, or one whose rest would be too short to be a
 * headline, stays whole. On a site's home page a leading name is the page's
 * subject ("Figma: The Collaborative Interface Design Tool"), not a label:
 * there only a suffix goes.
 */

/** A suffix's separators, spaced on both sides. A prefix may also end in a colon ("Site: Headline"). */
const SEPARATOR = / (?:\||-|–|—|::|·|•) /g;
const PREFIX_END = /^(.+?)(?::| (?:\||-|–|—|::|·|•)) /;
const MIN_WORDS = 2;
const MIN_CHARS = 15;

export interface SiteNames {
  /** Names the page gives itself: Readability's siteName, og:site_name, application-name. */
  names: readonly string[];
  /** The page's address, if known. */
  url: string;
}

function nameKey(s: string): string {
  return headlineKey(s).replace(/^the(?=.{3})/, '');
}

/** Second-level labels under a country code (example.co.uk): part of the suffix, not of the name. */
const SLD = /^(?:co|com|org|net|gov|ac|edu|or|ne|go)$/;

/** Keys the host's name could be written as: "www.example-blog.co.uk" → exampleblogcouk, exampleblog. */
function hostKeys(host: string): string[] {
  const labels = host.toLowerCase().replace(/^(?:www\d*|m|amp|mobile)\./, '').split('.').filter(Boolean);
  if (labels.length === 0) return [];
  const keys = [nameKey(labels.join('.'))];
  const name = labels.slice(0, -1);
  if (name.length > 1 && SLD.test(name[name.length - 1]!) && labels[labels.length - 1]!.length === 2) name.pop();
  if (name.length) keys.push(nameKey(name.join('.')));
  for (const l of name) keys.push(nameKey(l));
  return keys.filter((k) => k.length >= 2);
}

function address(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function keysOf(names: readonly string[], host: string): Set<string> {
  const keys = new Set(names.map(nameKey).filter((k) => k.length >= 2));
  for (const k of hostKeys(host)) keys.add(k);
  return keys;
}

function longEnough(rest: string): boolean {
  const t = rest.trim();
  return t.length >= MIN_CHARS && t.split(/\s+/).length >= MIN_WORDS;
}

export interface Stripped {
  title: string;
  /** The segment taken off as the site's name, as the title spelled it; '' when none was. */
  site: string;
}

/** `title` without a site-name suffix or prefix. */
export function stripSiteName(title: string, site: SiteNames): Stripped {
  const url = address(site.url);
  const keys = keysOf(site.names, url?.hostname ?? '');
  if (keys.size === 0) return { title, site: '' };
  // The leftmost separator followed by the site's name: anything after the name goes too
  // ("Headline | Example Blog - News and views").
  for (const m of title.matchAll(SEPARATOR)) {
    const after = title.slice(m.index + m[0].length);
    const segment = after.split(SEPARATOR, 1)[0]!;
    const head = title.slice(0, m.index);
    if (keys.has(nameKey(segment)) && longEnough(head)) return { title: head.trim(), site: segment.trim() };
  }
  const home = url !== null && url.pathname.length <= 1 && !url.search;
  const prefix = home ? null : PREFIX_END.exec(title);
  if (prefix && keys.has(nameKey(prefix[1]!))) {
    const rest = title.slice(prefix[0].length);
    if (longEnough(rest)) return { title: rest.trim(), site: prefix[1]!.trim() };
  }
  return { title, site: '' };
}
