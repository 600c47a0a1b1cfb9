/** Find the corpus pages and turn them into tasks. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GroundTruth } from './snippets.js';
import type { PageTask } from './types.js';

/** The address Readability's own test suite gives its test pages. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export function corpusExists(dir: string): boolean {
  return existsSync(join(dir, 'snippets', 'pages')) || existsSync(join(dir, 'readability-pages'));
}

export function listTasks(dir: string): PageTask[] {
  const tasks: PageTask[] = [];
  const pagesDir = join(dir, 'snippets', 'pages');
  if (existsSync(pagesDir)) {
    const gtFile = join(dir, 'snippets', 'ground-truth.json');
    const gt = existsSync(gtFile) ? (JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, GroundTruth>) : {};
    for (const name of readdirSync(pagesDir).sort()) {
      const truth = gt[name];
      const task: PageTask = { set: 'snippets', name, file: join(pagesDir, name), url: truth?.url ?? '' };
      if (truth) task.gt = truth;
      tasks.push(task);
    }
  }
  const rpDir = join(dir, 'readability-pages');
  if (existsSync(rpDir)) {
    for (const name of readdirSync(rpDir).sort()) {
      const file = join(rpDir, name, 'source.html');
      if (!existsSync(file)) continue;
      const task: PageTask = { set: 'readability', name, file, url: READABILITY_TEST_URL };
      const expected = join(rpDir, name, 'expected.html');
      if (existsSync(expected)) task.expectedFile = expected;
      tasks.push(task);
    }
  }
  return tasks;
}

/** Biggest pages first, so no worker is left with a huge page at the end. */
export function bySizeDescending(tasks: PageTask[]): PageTask[] {
  const size = new Map(tasks.map((t) => [t, statSync(t.file).size]));
  return [...tasks].sort((a, b) => size.get(b)! - size.get(a)!);
}
