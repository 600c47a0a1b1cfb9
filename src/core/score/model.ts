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

export function logOdds(model: ScoreModel, x: readonly number[]): number {
  let sum = model.base;
  const trees = model.trees;
  for (let i = 0; i < trees.length; i++) {
    let node = trees[i]!;
    while (typeof node !== 'number') node = x[node[0]]! <= node[1] ? node[2] : node[3];
    sum += node;
  }
  return sum;
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
