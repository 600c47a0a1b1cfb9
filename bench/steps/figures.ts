/** What switching one step off changes, from the pages read with it and without it. */
import { prf, sumCounts } from '../quality/snippets.js';
import type { StepsReading } from './read.js';

/** What switching `step` off does: `wcxb` and `snippets` are what it costs (the step's gain); `fp` and `tp` the snippet counts it changes. */
export interface StepFigure { step: string; phase: string; pages: number; changed: number; wcxb: number; snippets: number; fp: number; tp: number }

/** Snippet counts summed over `readings` (pages without snippets count nothing). */
export function snippetCounts(readings: Iterable<StepsReading>) {
  return sumCounts([...readings].flatMap((r) => (r.snippets ? [r.snippets] : [])));
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
    snippets: prf(all).f1 - prf(off).f1,
    fp: off.fp - all.fp,
    tp: off.tp - all.tp,
  };
}
