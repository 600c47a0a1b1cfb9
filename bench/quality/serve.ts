/** The worker side of bench/quality/pool.ts: tasks in, one at a time, results (or the error) out. */
import { parentPort } from 'node:worker_threads';
import type { PageTask } from './types.js';

export function serveTasks<R>(evaluate: (task: PageTask) => Promise<R>): void {
  parentPort!.on('message', async (task: PageTask) => {
    try {
      parentPort!.postMessage({ ok: true, result: await evaluate(task) });
    } catch (err) {
      parentPort!.postMessage({ ok: false, name: task.name, error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  });
}
