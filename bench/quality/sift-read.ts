/** Sift on a corpus page under jsdom, as a reader's click reads it. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPage, NODE_TIME_BUDGET_MS, type LoadedPage } from '../../src/cli/load.js';
import { readPage, type ReadResult } from '../../src/core/index.js';
import { modelFor } from './cv.js';
import { readingOf, type PageReading } from './reading.js';
import type { PageTask } from './types.js';

/**
 * No `force`, so a page the engine calls "not an article" is refused; the boilerplate model of the task's choice
 * (its fold's, by default); `disable` switches steps off (bench:steps).
 */
export function readAsClick(page: LoadedPage, task: PageTask, disable: string[] = []): ReadResult {
  const model = modelFor(task, task.scorer);
  return readPage(page.document, {
    window: page.window, url: task.url, timeBudgetMs: NODE_TIME_BUDGET_MS, disable, ...(model === undefined ? {} : { scorer: { model } }),
  });
}

/**
 * Sift alone on `task`'s page (runs in a worker: bench/quality/sift-worker.ts),
 * the jsdom side of `bench:quality --browser`. Its text goes to
 * `<dumpDir>/<set>/<name>.jsdom.txt` with --dump-text.
 */
export async function readSift(task: PageTask): Promise<PageReading> {
  const page = await loadPage(task.file, task.url);
  try {
    const reading = { name: task.name, ...readingOf(readAsClick(page, task)) };
    if (task.dumpDir) {
      const dir = join(task.dumpDir, task.set);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${task.name}.jsdom.txt`), reading.text);
    }
    return reading;
  } finally {
    page.close();
  }
}
