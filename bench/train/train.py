#!/usr/bin/env python3
"""`npm run train` step 2: fit the boilerplate scorer on bench/train/data/lines.jsonl.

Gradient-boosted trees (scikit-learn's GradientBoostingClassifier; Debian:
`apt-get install python3-sklearn`) over the features the TypeScript core
computed (dump.ts), so training and reading see the same numbers.

Folds are grouped by site (folds.ts: registrable domain, FNV-1a hash, 5
folds). Fold 0 is the lockbox: it never trains a model that is scored on
the other folds, the decision threshold is chosen without it, and its
figure is only reported. Writes:

- src/core/score/model.json: the shipped model, trained on every labelled line;
- bench/train/cv-models.json: one model per fold, each trained without that
  fold (and, for folds 1-4, without the lockbox), which bench:quality uses to
  score every page with a model that never saw its site.
"""
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = HERE / "data" / "lines.jsonl"
SHIPPED = ROOT / "src" / "core" / "score" / "model.json"
CV_OUT = HERE / "cv-models.json"
FOLDS = 5
LOCKBOX = 0
PARAMS = dict(n_estimators=120, max_depth=3, learning_rate=0.1, subsample=0.7, min_samples_leaf=40, random_state=1)
# A removed sentence of the story costs the reader more than a kept breadcrumb.
RECALL_WEIGHT = 2.0


def load():
    with DATA.open() as f:
        names = json.loads(f.readline())["features"]
        pages = [json.loads(line) for line in f]
    return names, pages


def arrays(pages):
    X, y, page_of, words = [], [], [], []
    for i, p in enumerate(pages):
        for r in p["rows"]:
            X.append(r["x"])
            y.append(r["label"])
            page_of.append(i)
            words.append(max(1, round(np.expm1(r["x"][1]))))
    return np.array(X, dtype=np.float64), np.array(y), np.array(page_of), np.array(words, dtype=np.float64)


def fit(X, y, w):
    # Lines weighted by their words: the metric counts words, not lines.
    m = GradientBoostingClassifier(**PARAMS)
    m.fit(X, y, sample_weight=np.sqrt(w))
    return m


def page_f1(prob, y, page_of, words, threshold):
    """Mean over pages of the word F1 the labelled lines imply when lines at or over threshold go."""
    keep = prob < threshold
    f1s = []
    for p in np.unique(page_of):
        sel = page_of == p
        story = (y[sel] == 0)
        w = words[sel]
        kept_story = (w * (keep[sel] & story)).sum()
        kept = (w * keep[sel]).sum()
        total_story = (w * story).sum()
        if total_story == 0:
            continue
        prec = kept_story / kept if kept else 0.0
        rec = kept_story / total_story
        b2 = RECALL_WEIGHT ** 2
        f1s.append((1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def tree_json(est, scale):
    t = est.tree_
    def node(i):
        if t.children_left[i] == -1:
            return round(float(t.value[i][0][0]) * scale, 4)
        return [int(t.feature[i]), float(f"{t.threshold[i]:.6g}"), node(t.children_left[i]), node(t.children_right[i])]
    return node(0)


def export(m, names, threshold, story_median, about):
    prior = m.init_.class_prior_[1]
    return {
        "features": names,
        "base": round(float(np.log(prior / (1 - prior))), 5),
        "threshold": round(float(threshold), 3),
        "trees": [tree_json(e[0], m.learning_rate) for e in m.estimators_],
        "storyMedian": [round(float(v), 4) for v in story_median],
        "about": about,
    }


def main():
    names, pages = load()
    X, y, page_of, words = arrays(pages)
    folds = np.array([pages[i]["fold"] for i in page_of])
    print(f"{len(pages)} pages, {len(y)} labelled lines, {int(y.sum())} boilerplate ({y.mean():.1%}), {len(names)} features")
    for k in range(FOLDS):
        sel = folds == k
        print(f"  fold {k}{' (lockbox)' if k == LOCKBOX else ''}: {sel.sum()} lines, {len(set(pages[i]['group'] for i in np.unique(page_of[sel])))} sites")

    # Out-of-fold probabilities on folds 1-4, each from a model trained on the other three.
    oof = np.zeros(len(y))
    cv_models = {}
    work = folds != LOCKBOX
    for k in range(FOLDS):
        if k == LOCKBOX:
            continue
        train = work & (folds != k)
        m = fit(X[train], y[train], words[train])
        oof[folds == k] = m.predict_proba(X[folds == k])[:, 1]
        cv_models[k] = m
        print(f"  fold {k} trained on {train.sum()} lines")

    # The threshold: best recall-weighted word F1 over the out-of-fold pages (lockbox excluded).
    best = max((page_f1(oof[work], y[work], page_of[work], words[work], t), t) for t in np.arange(0.5, 0.99, 0.02))
    threshold = best[1]
    keep_all = page_f1(oof[work], y[work], page_of[work], words[work], 2.0)
    acc = ((oof[work] >= threshold) == (y[work] == 1)).mean()
    removed = (oof[work] >= threshold)
    prec_b = (y[work][removed] == 1).mean() if removed.any() else 0
    rec_b = removed[y[work] == 1].mean()
    story_lost = (words[work] * (removed & (y[work] == 0))).sum() / (words[work] * (y[work] == 0)).sum()
    print(f"threshold {threshold:.2f}: line F-beta (labelled, out of fold) {best[0]:.4f} vs {keep_all:.4f} keeping all; "
          f"block accuracy {acc:.3f}; boilerplate lines removed: precision {prec_b:.3f} recall {rec_b:.3f}; story words lost {story_lost:.4f}")

    # The lockbox: scored once, by a model trained on all of folds 1-4.
    lock_model = fit(X[work], y[work], words[work])
    lb = folds == LOCKBOX
    lp = lock_model.predict_proba(X[lb])[:, 1]
    print(f"lockbox: F-beta {page_f1(lp, y[lb], page_of[lb], words[lb], threshold):.4f} vs {page_f1(lp, y[lb], page_of[lb], words[lb], 2.0):.4f} keeping all")
    cv_models[LOCKBOX] = lock_model

    story_median = np.median(X[y == 0], axis=0)
    shipped = fit(X, y, words)
    about = {
        "trainedOn": f"{len(pages)} pages, {len(y)} labelled lines (snippets, wcxb-dev)",
        "params": PARAMS,
        "folds": "grouped by registrable domain, FNV-1a mod 5; fold 0 is the lockbox",
        "cvLineFbeta": round(best[0], 4),
    }
    SHIPPED.write_text(json.dumps(export(shipped, names, threshold, story_median, about), separators=(",", ":")) + "\n")
    CV_OUT.write_text(json.dumps({
        "folds": FOLDS,
        "lockbox": LOCKBOX,
        "models": {str(k): export(m, names, threshold, story_median, {"fold": k}) for k, m in cv_models.items()},
    }, separators=(",", ":")) + "\n")
    print(f"wrote {SHIPPED} ({SHIPPED.stat().st_size / 1024:.1f} KB) and {CV_OUT} ({CV_OUT.stat().st_size / 1024:.1f} KB)")
    imp = sorted(zip(shipped.feature_importances_, names), reverse=True)[:15]
    print("most used features: " + ", ".join(f"{n} {v:.3f}" for v, n in imp))


if __name__ == "__main__":
    sys.exit(main())
