/** What `bench:quality --browser` compares: one page as the engine read it, under jsdom or in Chromium. */
import type { ReadResult } from '../../src/core/types.js';

export interface Reading {
  /** The engine gave an article. */
  ok: boolean;
  title: string;
  text: string;
  /** Why there is no article: the engine's code and reason. */
  reason?: string;
}

export interface PageReading extends Reading {
  /** The task's name (a wcxb-dev id). */
  name: string;
}

/**
 * The reading a ReadResult gives. A page "too large" says how long the engine
 * took: the code also stands for a page that ran out of its time budget,
 * which on a busy machine is the machine's doing, not the page's.
 */
export function readingOf(r: ReadResult): Reading {
  if (r.ok) return { ok: true, title: r.title, text: r.text };
  const after = r.code === 'too-large' ? ` (after ${(r.stats.timingsMs.total / 1000).toFixed(1)} s)` : '';
  return { ok: false, title: '', text: '', reason: `${r.code}: ${r.reason}${after}` };
}
