/**
 * The boilerplate scorer: after the rule steps, every line of the article
 * left is scored by the trained model (model.json, see bench/train), and a
 * line it is sure of is removed, logged under the step 'boilerplate' with the
 * features that weighed most. Switch off as 'boilerplate'.
 */
import { articleLines } from '../clean/lines.js';
import { removeLine, type CleanContext, type CleanStep } from '../clean/step.js';
import { FEATURE_NAMES, lineFeatures, type FeatureContext, type LineFeatures } from './features.js';
import { maxLogOdds, probability, strongest, thresholdLogOdds, type ScoreModel } from './model.js';

/**
 * The bound is compared below the threshold by this much: a sum of the same
 * leaves in another order may differ in its last bits, and a line at the
 * threshold must be scored exactly.
 */
const BOUND_MARGIN = 1e-9;

export interface ScorerOptions {
  /** The model to use instead of the shipped one; null scores nothing (bench and training). */
  model?: ScoreModel | null;
  /** Sees every line's features before anything is removed (training dumps them). */
  inspect?: (rows: readonly LineFeatures[]) => void;
}

/**
 * The scorer as the last step of the post pass (after every rule step): it
 * then reads the article's lines as the steps before it left them, from the
 * pass's cache (articleLines) when the last of them removed nothing, instead
 * of walking the article again.
 */
export function boilerplateStep(title: string, byline: string, model: ScoreModel | null,
  inspect?: ScorerOptions['inspect']): CleanStep {
  return {
    name: 'boilerplate',
    phase: 'post',
    run: (root, ctx) => scoreBoilerplate(root, ctx, { title, byline: ctx.byline || byline }, model, inspect),
  };
}

/** Only inside a post pass (boilerplateStep): the lines come from the pass's cache. */
export function scoreBoilerplate(root: Element, ctx: CleanContext, fx: FeatureContext, model: ScoreModel | null,
  inspect?: ScorerOptions['inspect']): void {
  const lines = articleLines(root);
  if (!lines.length) return;
  // Training sees every feature; reading works out a line's word features only when they could matter.
  const usable = model && fits(model) ? model : null;
  const { rows, complete } = lineFeatures(root, lines, fx, !inspect);
  inspect?.(rows);
  if (!usable) return;
  // A line whose score stays under the threshold whatever its word features are is kept without them
  // (two lines in three: on 50 wcxb-dev pages, 91% of the words were never walked one by one); the rest,
  // and their neighbours' stop shares, are worked out and scored as they always were.
  const below = thresholdLogOdds(usable) - BOUND_MARGIN;
  const sure = rows.filter((r, i) => {
    if (r.exempt || maxLogOdds(usable, r.features) < below) return false;
    complete(i);
    return probability(usable, r.features) >= usable.threshold;
  });
  // Never the whole article: a page the model finds all boilerplate is better read as it is.
  if (sure.length >= rows.filter((r) => !r.exempt).length) return;
  for (const r of sure) removeLine(ctx, 'boilerplate', reasonFor(usable, r.features), r.line, root);
}

/** A model trained on other features would read the numbers wrongly: it is then not used. */
function fits(model: ScoreModel): boolean {
  return model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]);
}

function reasonFor(model: ScoreModel, x: readonly number[]): string {
  const p = probability(model, x);
  const why = strongest(model, x).map(({ index }) => `${FEATURE_NAMES[index]!.replace(/_/g, ' ')} ${round(x[index]!)}`);
  return `boilerplate score ${p.toFixed(2)}${why.length ? `: ${why.join(', ')}` : ''}`;
}

const round = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
