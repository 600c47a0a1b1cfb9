/** The shapes every part of Sift Reader relies on (see ARCHITECTURE.md, "Contracts"). */
import type { ScorerOptions } from './score/boilerplate.js';

export type HighlightKind = 'quote' | 'statement' | 'key-sentence';

export interface Highlight {
  /** Copied verbatim from `ReadResult.text`. */
  text: string;
  kind: HighlightKind;
  speaker?: string;
  score: number;
}

/** One thing the cleanup took out beyond what Readability removed, and why. */
export interface Removal {
  /** Name of the cleanup step, e.g. `adLabels`. */
  step: string;
  /** A short reason a reader understands, e.g. "advertisement label". */
  reason: string;
  /** The removed text (or a description such as `[iframe]` when it had none). */
  text: string;
  /**
   * True when the removed item is still in `html`, hidden where it was, inside
   * `<div data-sift-removed="N" hidden>` (`<span>` inside a line of text), N
   * being this removal's index in `removals`. Only with `ReadOptions.keepRemoved`.
   */
  inPlace?: boolean;
}

export interface Timings {
  extract: number;
  clean: number;
  highlight: number;
  total: number;
}

export interface Stats {
  words: number;
  readingMinutes: number;
  timingsMs: Timings;
}

export interface Article {
  ok: true;
  url: string;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  /** BCP 47 language tag, '' when the page does not say. */
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  excerpt: string;
  leadImage: string;
  /**
   * The page's HTML holds no article, only menus (a shell its scripts fill):
   * the text is the summary the page declares in its meta tags, and the
   * reader says so.
   */
  summaryOnly?: true;
  /**
   * Article HTML, highlights wrapped in `<mark data-sift-highlight="N">`.
   * Sanitized by readPage; readArticle (the content script's engine) leaves
   * that to the reader page, which sanitizes whatever it is sent.
   */
  html: string;
  /** Plain text of the article body; paragraphs separated by blank lines. */
  text: string;
  highlights: Highlight[];
  removals: Removal[];
  stats: Stats;
}

export interface NotAnArticle {
  ok: false;
  url: string;
  /** Why there is no article, in words a reader understands. */
  reason: string;
  /** Machine-readable cause, for the UI to pick its message and actions. */
  code: 'not-article' | 'empty' | 'too-large' | 'error';
  stats: { timingsMs: Timings };
}

export type ReadResult = Article | NotAnArticle;

export interface ReadOptions {
  /** The page's address; defaults to the document's URL. Relative links resolve against it. */
  url?: string;
  /** Show the result even when it does not read like an article ("show anyway"). */
  force?: boolean;
  /** Cleanup steps to switch off, by name (see clean/index.ts; 'lede' and 'jsonLdBody' stop the two recoveries of missed text). */
  disable?: string[];
  /**
   * Keep what the cleanup removed from the article in `html`, hidden where it
   * was (see `Removal.inPlace`), so the reader can show it back. Text,
   * highlights and removals are the same either way. Some are only listed:
   * those made before Readability ran (ad slots, share bars), and table cells
   * or rows, where a wrapper would not stay when the HTML is parsed again.
   */
  keepRemoved?: boolean;
  /** Pages with more elements than this are refused as too large. */
  maxElements?: number;
  /** Pages nested deeper than this are refused as too large (deep trees overflow recursive code). */
  maxDepth?: number;
  /** Past this many milliseconds readPage stops at the next stage and says the page is too large. */
  timeBudgetMs?: number;
  /**
   * The window whose DOM implementation sanitizes the HTML (readPage). Defaults
   * to the document's own window; needed when the document has none (DOMParser output).
   */
  window?: Window & typeof globalThis;
  /** The boilerplate scorer's model and a look at its features: for the benches and training only. */
  scorer?: ScorerOptions;
}
