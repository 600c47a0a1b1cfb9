import { run } from './main.js';

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`sift: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
