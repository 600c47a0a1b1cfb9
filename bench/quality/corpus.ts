/** Find the corpus pages and turn them into tasks. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GroundTruth } from './snippets.js';
import type { PageTask } from './types.js';

/** The address Readability's own test suite gives its test pages. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export function corpusExists(dir: string): boolean {
  return existsSync(join(dir, 'snippets', 'pages')) || existsSync(join(dir, 'readability-pages')) || existsSync(join(dir, 'wcxb-dev', 'html'));
}

/** The site a page is from: its host without a leading www., or '' for none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return '';
  }
}

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth?: { main_content?: string };
}

export function listTasks(dir: string): PageTask[] {
  const tasks: PageTask[] = [];
  const pagesDir = join(dir, 'snippets', 'pages');
  if (existsSync(pagesDir)) {
    const gtFile = join(dir, 'snippets', 'ground-truth.json');
    const gt = existsSync(gtFile) ? (JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, GroundTruth>) : {};
    for (const name of readdirSync(pagesDir).sort()) {
      const truth = gt[name];
      const task: PageTask = { set: 'snippets', name, file: join(pagesDir, name), url: truth?.url ?? '', domain: siteOf(truth?.url ?? '') || name };
      if (truth) task.gt = truth;
      tasks.push(task);
    }
  }
  const rpDir = join(dir, 'readability-pages');
  if (existsSync(rpDir)) {
    for (const name of readdirSync(rpDir).sort()) {
      const file = join(rpDir, name, 'source.html');
      if (!existsSync(file)) continue;
      // Readability's test pages all carry one fake address: each is its own site.
      const task: PageTask = { set: 'readability', name, file, url: READABILITY_TEST_URL, domain: `readability:${name}` };
      const expected = join(rpDir, name, 'expected.html');
      if (existsSync(expected)) task.expectedFile = expected;
      tasks.push(task);
    }
  }
  const wcxbDir = join(dir, 'wcxb-dev');
  if (existsSync(join(wcxbDir, 'html'))) {
    for (const file of readdirSync(join(wcxbDir, 'html')).sort()) {
      const name = file.replace(/\.html\.gz$/, '');
      const gtFile = join(wcxbDir, 'ground-truth', `${name}.json`);
      if (name === file || !existsSync(gtFile)) continue;
      const gt = JSON.parse(readFileSync(gtFile, 'utf8')) as WcxbFile;
      const url = gt.url ?? '';
      tasks.push({
        set: 'wcxb',
        name,
        file: join(wcxbDir, 'html', file),
        url,
        domain: siteOf(url) || `wcxb:${name}`,
        wcxb: { type: gt._internal?.page_type?.primary ?? 'unknown', mainContent: gt.ground_truth?.main_content ?? '' },
      });
    }
  }
  return tasks;
}

/** Biggest pages first, so no worker is left with a huge page at the end. */
export function bySizeDescending(tasks: PageTask[]): PageTask[] {
  const size = new Map(tasks.map((t) => [t, statSync(t.file).size]));
  return [...tasks].sort((a, b) => size.get(b)! - size.get(a)!);
}
