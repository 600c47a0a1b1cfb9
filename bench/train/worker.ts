/** Worker thread for the training dump: pages in, rows out. */
import { parentPort } from 'node:worker_threads';
import type { PageTask } from '../quality/types.js';
import { dumpPage } from './dump-page.js';

parentPort!.on('message', async (task: PageTask) => {
  try {
    parentPort!.postMessage({ ok: true, result: await dumpPage(task) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, name: task.name, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
