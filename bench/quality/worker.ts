/** Worker thread: evaluates the pages the main thread sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { evaluatePage } from './page.js';
import type { PageTask } from './types.js';

parentPort!.on('message', async (task: PageTask) => {
  try {
    parentPort!.postMessage({ ok: true, result: await evaluatePage(task) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, name: task.name, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
