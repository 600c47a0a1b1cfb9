/** A small pool of worker threads running evaluatePage (TypeScript loaded through tsx). */
import { Worker } from 'node:worker_threads';
import type { PageResult, PageTask } from './types.js';

type Reply<R> = { ok: true; result: R } | { ok: false; name: string; error: string };

function spawn(entry: string): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

/**
 * Run every task on `size` workers; `onError` gets tasks whose evaluation
 * threw or whose worker died (a fresh worker takes over). `entry` is the
 * worker module (default: evaluatePage's, worker.ts).
 */
export function runPool<R = PageResult>(
  tasks: readonly PageTask[],
  size: number,
  onResult: (r: R) => void,
  onError: (task: PageTask, error: string) => void,
  entry: string = new URL('./worker.ts', import.meta.url).href,
): Promise<void> {
  const queue = [...tasks];
  let running = 0;
  return new Promise((resolve) => {
    const start = () => {
      const task = queue.shift();
      if (!task) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const worker = spawn(entry);
      let current: PageTask | undefined = task;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else { running--; void worker.terminate(); if (running === 0) resolve(); }
      };
      worker.on('message', (m: Reply<R>) => {
        if (m.ok) onResult(m.result);
        else onError(current!, m.error);
        next();
      });
      worker.on('error', (err) => {
        if (current) onError(current, `worker died: ${err.message}`);
        current = undefined;
        running--;
        start();
      });
      worker.postMessage(task);
    };
    for (let i = 0; i < Math.max(1, Math.min(size, tasks.length)); i++) start();
    if (tasks.length === 0) resolve();
  });
}
