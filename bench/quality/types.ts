import type { DuplicateReport } from './duplicates.js';
import type { JunkLine } from './junk.js';
import type { RetentionResult } from './retention.js';
import type { GroundTruth, SnippetResult } from './snippets.js';
import type { WordScore } from './words.js';

export type CorpusSet = 'snippets' | 'readability' | 'wcxb';
export const CORPUS_SETS: readonly CorpusSet[] = ['snippets', 'readability', 'wcxb'];
export type ExtractorId = 'plain' | 'ours';
export const EXTRACTORS: readonly ExtractorId[] = ['plain', 'ours'];
export const EXTRACTOR_LABELS: Record<ExtractorId, string> = {
  plain: 'Readability 0.6.0',
  ours: 'Sift (ours)',
};

/** One page for a worker to evaluate. */
export interface PageTask {
  set: CorpusSet;
  name: string;
  file: string;
  url: string;
  /** snippets/: the page's ground truth, when judged. */
  gt?: GroundTruth;
  /** readability-pages/: Readability's expected output. */
  expectedFile?: string;
  /** wcxb-dev/: the page's whole main text and its page type. */
  wcxb?: WcxbTruth;
  /** The site the page is from (its host without www.), for folds grouped by site. */
  domain: string;
  /** Which boilerplate model reads the page: its fold's (cv, the default), the shipped one, or none. */
  scorer?: 'cv' | 'shipped' | 'off';
  /** Write both output texts under this folder (--dump-text). */
  dumpDir?: string;
}

export interface WcxbTruth {
  type: string;
  mainContent: string;
}

export interface ExtractorPage {
  ok: boolean;
  /** Why extraction failed (ok false). */
  reason?: string;
  /** Ours only: the engine answered "not an article" to a reader's click. */
  refused?: boolean;
  /** Characters of output text. */
  chars: number;
  junk: JunkLine[];
  dups: DuplicateReport;
  snippets?: SnippetResult;
  retention?: RetentionResult;
  /** Removal log entries (ours only). */
  removals?: number;
  /** wcxb-dev/: the word-bag score of title + text against the main content. */
  words?: WordScore;
  /** Ours only: plain Readability's text kept by ours, removals excused. */
  keptFromPlain?: RetentionResult;
}

export interface PageResult {
  set: CorpusSet;
  name: string;
  judged: boolean;
  domain: string;
  /** The page's site is in the lockbox fold (bench/train/folds.ts). */
  lockbox?: boolean;
  /** wcxb-dev/: the page type. */
  type?: string;
  /** The page could not be loaded at all (both extractors count it as failed). */
  error?: string;
  plain: ExtractorPage;
  ours: ExtractorPage;
}
