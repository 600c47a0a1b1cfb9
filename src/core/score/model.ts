/**
 * The boilerplate scorer's model, as `npm run train` writes it (model.json):
 * gradient-boosted regression trees over FEATURE_NAMES, their summed leaves a
 * log-odds that a line is boilerplate. A tree is nested arrays: a leaf is a
 * number, a split is [feature, threshold, left, right], and a line goes left
 * when its feature is at most the threshold (as scikit-learn's trees decide).
 */
export type TreeNode = number | [number, number, TreeNode, TreeNode];

export interface ScoreModel {
  /** The feature names the model was trained on, in order; must equal FEATURE_NAMES. */
  features: string[];
  /** Log-odds before any tree. */
  base: number;
  /** Remove a line when its probability of boilerplate is at least this. */
  threshold: number;
  trees: TreeNode[];
  /** Per feature, the median value on story lines: the yardstick a removal's reason is told against. */
  storyMedian: number[];
  /** How the model was made: data, folds, figures (for people; not read at run time). */
  about?: unknown;
}

/**
 * The trees as flat arrays, made once per model: a node is an index, a leaf
 * has feature -1 and its value. Walking typed arrays is several times faster
 * than walking nested arrays of mixed numbers and arrays, and gives the same
 * leaves, summed in the same order.
 */
interface Flat {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

const flats = new WeakMap<ScoreModel, Flat>();

function flat(model: ScoreModel): Flat {
  let f = flats.get(model);
  if (f) return f;
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const add = (node: TreeNode): number => {
    const i = feature.length;
    feature.push(-1); threshold.push(0); left.push(-1); right.push(-1); value.push(0);
    if (typeof node === 'number') {
      value[i] = node;
    } else {
      feature[i] = node[0];
      threshold[i] = node[1];
      left[i] = add(node[2]);
      right[i] = add(node[3]);
    }
    return i;
  };
  const roots = Int32Array.from(model.trees.map(add));
  f = { roots, feature: Int32Array.from(feature), threshold: Float64Array.from(threshold),
    left: Int32Array.from(left), right: Int32Array.from(right), value: Float64Array.from(value) };
  flats.set(model, f);
  return f;
}

export function logOdds(model: ScoreModel, x: readonly number[]): number {
  const { roots, feature, threshold, left, right, value } = flat(model);
  let sum = model.base;
  for (let t = 0; t < roots.length; t++) {
    let i = roots[t]!;
    for (let k = feature[i]!; k >= 0; k = feature[i]!) i = x[k]! <= threshold[i]! ? left[i]! : right[i]!;
    sum += value[i]!;
  }
  return sum;
}

/** The highest log-odds `x` can reach whatever its NaN (not yet known) entries are: both sides of their splits. */
export function maxLogOdds(model: ScoreModel, x: readonly number[]): number {
  const f = flat(model);
  let sum = model.base;
  for (let t = 0; t < f.roots.length; t++) sum += maxLeaf(f, f.roots[t]!, x);
  return sum;
}

function maxLeaf(f: Flat, i: number, x: readonly number[]): number {
  for (let k = f.feature[i]!; k >= 0; k = f.feature[i]!) {
    const v = x[k]!;
    if (v !== v) return Math.max(maxLeaf(f, f.left[i]!, x), maxLeaf(f, f.right[i]!, x));
    i = v <= f.threshold[i]! ? f.left[i]! : f.right[i]!;
  }
  return f.value[i]!;
}

/** The log-odds at which a line is removed: the model's threshold, as log-odds. */
export function thresholdLogOdds(model: ScoreModel): number {
  return Math.log(model.threshold / (1 - model.threshold));
}

export function probability(model: ScoreModel, x: readonly number[]): number {
  return 1 / (1 + Math.exp(-logOdds(model, x)));
}

/**
 * The features that most made a line boilerplate: each one in turn set to
 * its median on story lines, the fall in log-odds it causes. Only worked out
 * for lines being removed, so its cost does not matter.
 */
export function strongest(model: ScoreModel, x: readonly number[], count = 3): { index: number; drop: number }[] {
  const full = logOdds(model, x);
  const drops: { index: number; drop: number }[] = [];
  const y = [...x];
  for (let i = 0; i < x.length; i++) {
    if (y[i] === model.storyMedian[i]) continue;
    y[i] = model.storyMedian[i]!;
    drops.push({ index: i, drop: full - logOdds(model, y) });
    y[i] = x[i]!;
  }
  return drops.filter((d) => d.drop > 0).sort((a, b) => b.drop - a.drop).slice(0, count);
}
