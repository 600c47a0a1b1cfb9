import type { DuplicateReport } from './duplicates.js';
import type { JunkLine } from './junk.js';
import type { RetentionResult } from './retention.js';
import type { GroundTruth, SnippetResult } from './snippets.js';

export type CorpusSet = 'snippets' | 'readability';
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
  /** Write both output texts under this folder (--dump-text). */
  dumpDir?: string;
}

export interface ExtractorPage {
  ok: boolean;
  /** Why extraction failed (ok false). */
  reason?: string;
  /** Characters of output text. */
  chars: number;
  junk: JunkLine[];
  dups: DuplicateReport;
  snippets?: SnippetResult;
  retention?: RetentionResult;
  /** Removal log entries (ours only). */
  removals?: number;
  /** Ours only: plain Readability's text kept by ours, removals excused. */
  keptFromPlain?: RetentionResult;
}

export interface PageResult {
  set: CorpusSet;
  name: string;
  judged: boolean;
  /** The page could not be loaded at all (both extractors count it as failed). */
  error?: string;
  plain: ExtractorPage;
  ours: ExtractorPage;
}
