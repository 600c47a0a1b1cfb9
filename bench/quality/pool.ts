/** A small pool of worker threads running evaluatePage (TypeScript loaded through tsx). */
import { Worker } from 'node:worker_threads';
import type { PageResult, PageTask } from './types.js';

type Reply = { ok: true; result: PageResult } | { ok: false; name: string; error: string };

function spawn(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

/**
 * Run every task on `size` workers; `onError` gets tasks whose evaluation
 * threw or whose worker died (a fresh worker takes over).
 */
export function runPool(
  tasks: readonly PageTask[],
  size: number,
  onResult: (r: PageResult) => void,
  onError: (task: PageTask, error: string) => void,
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
      const worker = spawn();
      let current: PageTask | undefined = task;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else { running--; void worker.terminate(); if (running === 0) resolve(); }
      };
      worker.on('message', (m: Reply) => {
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
