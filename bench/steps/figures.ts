/** What switching one step off changes, from the pages read with it and without it. */
import type { StepsReading } from './read.js';

export interface Counts { tp: number; fp: number; fn: number }

/** What switching `step` off does: `wcxb` and `snippets` are what it costs (the step's gain); `fp` and `tp` the snippet counts it changes. */
export interface StepFigure { step: string; phase: string; pages: number; changed: number; wcxb: number; snippets: number; fp: number; tp: number }

export const snippetF1 = (c: Counts): number => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);

/** Snippet counts summed over `readings`. */
export function snippetCounts(readings: Iterable<StepsReading>): Counts {
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const r of readings) {
    if (!r.snippets) continue;
    all.tp += r.snippets.tp;
    all.fp += r.snippets.fp;
    all.fn += r.snippets.fn;
  }
  return all;
}

/**
 * The step's gain: wcxb-dev word F1 as a mean over all `wcxbPages` tuning
 * pages (pages not read again did not change), snippet F1 over all of
 * `base`'s counts. `without` holds only the pages read again, keyed as `base` is.
 */
export function stepFigure(step: string, phase: string, base: ReadonlyMap<string, StepsReading>,
  without: ReadonlyMap<string, StepsReading>, wcxbPages: number): StepFigure {
  const all = snippetCounts(base.values());
  const off = { ...all };
  let dw = 0;
  let changed = 0;
  for (const [key, r] of without) {
    const b = base.get(key);
    if (!b) continue;
    const delta = (r.f1 ?? 0) - (b.f1 ?? 0);
    dw += delta;
    let moved = Math.abs(delta) > 1e-9;
    if (r.snippets && b.snippets) {
      off.tp += r.snippets.tp - b.snippets.tp;
      off.fp += r.snippets.fp - b.snippets.fp;
      off.fn += r.snippets.fn - b.snippets.fn;
      moved ||= r.snippets.tp !== b.snippets.tp || r.snippets.fp !== b.snippets.fp;
    }
    if (moved) changed++;
  }
  return {
    step, phase, pages: without.size, changed,
    wcxb: -dw / Math.max(1, wcxbPages),
    snippets: snippetF1(all) - snippetF1(off),
    fp: off.fp - all.fp,
    tp: off.tp - all.tp,
  };
}
