/**
 * Cross-validated scoring: each corpus page is read with the boilerplate
 * model of its site's fold (bench/train/cv-models.json, written by `npm run
 * train`), a model that never saw the page's site; lockbox pages with the
 * model trained on the other four folds. Pages no model was trained on
 * (Readability's test pages) use the shipped model, which never saw them.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ScoreModel } from '../../src/core/score/model.js';
import { foldOf } from '../train/folds.js';
import type { PageTask } from './types.js';

const CV_FILE = new URL('../train/cv-models.json', import.meta.url);

interface CvFile {
  folds: number;
  lockbox: number;
  models: Record<string, ScoreModel>;
}

let cv: CvFile | null | undefined;

function load(): CvFile | null {
  if (cv === undefined) cv = existsSync(CV_FILE) ? (JSON.parse(readFileSync(CV_FILE, 'utf8')) as CvFile) : null;
  return cv;
}

/** The model to score `task` with; undefined means the shipped one. */
export function modelFor(task: PageTask, scorer: PageTask['scorer']): ScoreModel | null | undefined {
  if (scorer === 'off') return null;
  if (scorer === 'shipped' || task.set === 'readability') return undefined;
  const file = load();
  if (!file) return undefined;
  return file.models[String(foldOf(task.domain))];
}

/** True when `task` sits in the lockbox fold. */
export function inLockbox(domain: string): boolean {
  const file = load();
  return Boolean(file) && foldOf(domain) === file!.lockbox;
}
