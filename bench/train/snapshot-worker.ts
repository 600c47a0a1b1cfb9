/** Worker thread for bench/train/snapshot.ts: pages in, snapshots out. */
import { parentPort } from 'node:worker_threads';
import type { PageTask } from '../quality/types.js';
import { snapshotPage } from './snapshot-page.js';

parentPort!.on('message', async (task: PageTask) => {
  try {
    parentPort!.postMessage({ ok: true, result: await snapshotPage(task) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, name: task.name, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
