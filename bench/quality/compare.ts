/**
 * `bench:quality --browser`: the same wcxb pages read by Sift under jsdom
 * (the page's scripts never run) and in Chromium (after they ran), paired
 * page by page and summed up; the pages that differ, read a third time in
 * Chromium with the page's scripts off, tell what made the difference.
 */
import type { BrowserPage } from './browser.js';
import type { PageReading } from './reading.js';
import type { PageTask } from './types.js';
import { wcxbSummary, type WcxbSummary } from './wcxb.js';
import { meanScores, readerWords, type WordScore } from './words.js';

/** One page as one side read it. */
export interface SideReading {
  /** The engine gave an article. */
  ok: boolean;
  words: WordScore;
  /** Characters of text. */
  chars: number;
  /** Why there is no article: the engine's code and reason, or what went wrong around it. */
  reason?: string;
}

/**
 * What made a page read differently in Chromium: its own scripts (without
 * them Chromium reads it as jsdom does), Chromium itself (its parser and DOM,
 * the <style> elements jsdom's loader drops: it reads the page the same
 * without the scripts), or both.
 */
export type Cause = 'scripts' | 'chromium' | 'both';

export interface PagePair {
  name: string;
  type: string;
  jsdom: SideReading;
  chromium: SideReading & {
    /** The harness could not read the page in Chromium (navigation, time-out, crash). */
    failure?: string;
    scriptErrors: number;
    blockedNavigations: number;
  };
  /** Chromium's F1 with the page's scripts off, and so the cause, for a page read that way. */
  withoutScripts?: { f1: number; cause: Cause };
}

/** A change in a page's F1 this small or smaller is no difference. */
export const DIFFERENT = 0.001;

/** Chromium's F1 minus jsdom's. */
export const gain = (p: PagePair): number => p.chromium.words.f1 - p.jsdom.words.f1;

export function causeOf(jsdomF1: number, chromiumF1: number, withoutScriptsF1: number): Cause {
  if (Math.abs(withoutScriptsF1 - jsdomF1) <= DIFFERENT) return 'scripts';
  if (Math.abs(withoutScriptsF1 - chromiumF1) <= DIFFERENT) return 'chromium';
  return 'both';
}

/**
 * Pair every wcxb task with its two readings (and its third, in Chromium
 * without scripts, when there is one). A page missing from a side (it never
 * came back) reads as nothing there, so no page drops out of the means.
 */
export function pairPages(tasks: readonly PageTask[], jsdom: readonly PageReading[], chromium: readonly BrowserPage[],
  withoutScripts: readonly BrowserPage[] = []): PagePair[] {
  const fromJsdom = new Map(jsdom.map((r) => [r.name, r]));
  const fromChromium = new Map(chromium.map((p) => [p.name, p]));
  const third = new Map(withoutScripts.map((p) => [p.name, p]));
  return tasks.filter((t) => t.wcxb).map((t) => {
    const main = t.wcxb!.mainContent;
    const j = fromJsdom.get(t.name);
    const c = fromChromium.get(t.name);
    const jReason = !j ? 'not evaluated' : j.ok ? undefined : j.reason;
    const failure = c ? c.failure : 'not evaluated';
    const cReason = c?.ok ? undefined : failure ?? c?.reason;
    const pair: PagePair = {
      name: t.name,
      type: t.wcxb!.type,
      jsdom: {
        ok: Boolean(j?.ok),
        words: readerWords(Boolean(j?.ok), j?.title ?? '', j?.text ?? '', main),
        chars: j?.text.length ?? 0,
        ...(jReason ? { reason: jReason } : {}),
      },
      chromium: {
        ok: Boolean(c?.ok),
        words: readerWords(Boolean(c?.ok), c?.title ?? '', c?.text ?? '', main),
        chars: c?.text.length ?? 0,
        ...(cReason ? { reason: cReason } : {}),
        ...(failure ? { failure } : {}),
        scriptErrors: c?.scriptErrors.length ?? 0,
        blockedNavigations: c?.blockedNavigations ?? 0,
      },
    };
    const w = third.get(t.name);
    if (w && !w.failure) {
      const f1 = readerWords(w.ok, w.title, w.text, main).f1;
      pair.withoutScripts = { f1, cause: causeOf(pair.jsdom.words.f1, pair.chromium.words.f1, f1) };
    }
    return pair;
  });
}

export interface Comparison {
  pages: number;
  jsdom: WcxbSummary;
  chromium: WcxbSummary;
  /** Both sides' means over the pages Chromium could load and read (when some could not). */
  loaded?: { pages: number; jsdom: WordScore; chromium: WordScore };
  /** Pages each side's engine read no article on (refused, empty, too large, out of time). */
  notRead: { jsdom: number; chromium: number };
  /** Pages the harness could not read in Chromium, and why. */
  failures: { page: string; failure: string }[];
  /** Pages whose own scripts threw at least once; pages whose scripts (or a meta refresh) tried to leave. */
  scriptErrorPages: number;
  blockedNavigationPages: number;
  /** Pages whose F1 moved by more than `DIFFERENT`, each way; the rest are `same`. */
  counts: { better: number; worse: number; same: number };
  /** The largest differences each way, largest first. */
  better: PagePair[];
  worse: PagePair[];
  /**
   * Chromium's F1 minus jsdom's (the `all` row's Δ), split by what made each
   * page differ: each group's pages' gains over all pages. `same` holds the
   * pages within DIFFERENT, `unknown` differing pages not read without scripts.
   */
  gapByCause: Record<Cause | 'same' | 'unknown', { pages: number; gap: number }>;
}

/** Pages whose Chromium F1 is higher (`better`) or lower than jsdom's by more than DIFFERENT, and the rest. */
export function differing(pairs: readonly PagePair[]): { better: PagePair[]; worse: PagePair[]; same: PagePair[] } {
  const byName = (a: PagePair, b: PagePair) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    better: pairs.filter((p) => gain(p) > DIFFERENT).sort((a, b) => gain(b) - gain(a) || byName(a, b)),
    worse: pairs.filter((p) => gain(p) < -DIFFERENT).sort((a, b) => gain(a) - gain(b) || byName(a, b)),
    same: pairs.filter((p) => Math.abs(gain(p)) <= DIFFERENT),
  };
}

export function compare(pairs: readonly PagePair[], top = 10): Comparison {
  const { better, worse, same } = differing(pairs);
  const changed = [...better, ...worse];
  const failed = pairs.filter((p) => p.chromium.failure);
  const group = (pages: readonly PagePair[]) =>
    ({ pages: pages.length, gap: pairs.length ? pages.reduce((sum, p) => sum + gain(p), 0) / pairs.length : 0 });
  const c: Comparison = {
    pages: pairs.length,
    jsdom: wcxbSummary(pairs, (p) => p.jsdom),
    chromium: wcxbSummary(pairs, (p) => p.chromium),
    notRead: {
      jsdom: pairs.filter((p) => !p.jsdom.ok).length,
      chromium: pairs.filter((p) => !p.chromium.ok && !p.chromium.failure).length,
    },
    failures: failed.map((p) => ({ page: p.name, failure: p.chromium.failure! })),
    scriptErrorPages: pairs.filter((p) => p.chromium.scriptErrors > 0).length,
    blockedNavigationPages: pairs.filter((p) => p.chromium.blockedNavigations > 0).length,
    counts: { better: better.length, worse: worse.length, same: same.length },
    better: better.slice(0, top),
    worse: worse.slice(0, top),
    gapByCause: {
      scripts: group(changed.filter((p) => p.withoutScripts?.cause === 'scripts')),
      chromium: group(changed.filter((p) => p.withoutScripts?.cause === 'chromium')),
      both: group(changed.filter((p) => p.withoutScripts?.cause === 'both')),
      unknown: group(changed.filter((p) => !p.withoutScripts)),
      same: group(same),
    },
  };
  if (failed.length) {
    const loaded = pairs.filter((p) => !p.chromium.failure);
    c.loaded = { pages: loaded.length, jsdom: meanScores(loaded.map((p) => p.jsdom.words)), chromium: meanScores(loaded.map((p) => p.chromium.words)) };
  }
  return c;
}
