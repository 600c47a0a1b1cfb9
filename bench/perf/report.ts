/** Per-page timings → the figures `npm run bench` prints, the same way for jsdom and for Chromium. */
import { median, quantile } from '../stats.js';

/** Issue 6: our stages add at most this much to Readability's own time, at the median. */
export const OVERHEAD_TARGET = 0.15;

/** One page both extractors read: plain Readability's time and readPage's own stage timings, in ms. */
export interface PageTiming {
  page: string;
  plain: number;
  extract: number;
  clean: number;
  highlight: number;
  total: number;
}

export interface Spread {
  median: number;
  p95: number;
}

export interface Summary {
  pages: number;
  stages: Record<'readability' | 'extract' | 'clean' | 'highlight' | 'total', Spread>;
  /** What a reader waits for beyond what Readability alone would take: median over pages of (total − plain) / plain. */
  overhead: number;
  /** Median over pages of (clean + highlight) / extract. */
  ownStages: number;
}

export function summarize(timings: readonly PageTiming[]): Summary {
  const stage = (pick: (p: PageTiming) => number): Spread => {
    const v = timings.map(pick);
    return { median: median(v), p95: quantile(v, 0.95) };
  };
  return {
    pages: timings.length,
    stages: {
      readability: stage((p) => p.plain),
      extract: stage((p) => p.extract),
      clean: stage((p) => p.clean),
      highlight: stage((p) => p.highlight),
      total: stage((p) => p.total),
    },
    overhead: median(timings.map((p) => (p.total - p.plain) / p.plain)),
    ownStages: median(timings.map((p) => (p.clean + p.highlight) / p.extract)),
  };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The timing lines of one section: pages, stage table, overhead against the target, our stages' share. */
export function timingLines(s: Summary, tasks: number): string[] {
  return [
    `pages timed: ${s.pages} of ${tasks} (both extractors read them)`,
    '',
    'stage                median      p95',
    ...Object.entries(s.stages).map(([name, v]) => `${name.padEnd(18)} ${ms(v.median).padStart(10)} ${ms(v.p95).padStart(10)}`),
    '',
    `overhead over plain Readability (median per page): ${(100 * s.overhead).toFixed(1)}%  target ≤ ${100 * OVERHEAD_TARGET}%  ${s.overhead <= OVERHEAD_TARGET ? 'met' : 'MISSED'}`,
    `clean + highlight as a share of our extract stage (median): ${(100 * s.ownStages).toFixed(1)}%`,
  ];
}

/** What --cost steps add per page: the median and p90 of per-page differences (with minus without). */
export function costSummary(costs: readonly { total: number; clean: number }[]): { total: Spread & { p90: number }; clean: Spread & { p90: number } } {
  const spread = (v: number[]) => ({ median: median(v), p90: quantile(v, 0.9), p95: quantile(v, 0.95) });
  return { total: spread(costs.map((c) => c.total)), clean: spread(costs.map((c) => c.clean)) };
}

export function costLines(steps: readonly string[], costs: readonly { total: number; clean: number }[]): string[] {
  const s = costSummary(costs);
  return [
    `cost of ${steps.join(', ')} in Chromium (${costs.length} pages, each read 4 times with and 4 without, interleaved):`,
    `  readPage total: ${ms(s.total.median)} median per page, p90 ${ms(s.total.p90)}`,
    `  clean stage:    ${ms(s.clean.median)} median per page, p90 ${ms(s.clean.p90)}`,
  ];
}
