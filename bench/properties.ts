/**
 * `npm run bench:properties`: the property checks of test/properties/read-page.ts
 * over many random and malformed pages (default 10,000; `--runs N`, `--seed S`).
 * Exit 1 with fast-check's shrunk counterexample when a property fails.
 */
import { runProperties } from '../test/properties/read-page.js';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : undefined;
};
const runs = flag('--runs') ?? 10_000;
const seed = flag('--seed') ?? Date.now() % 2 ** 31;
console.log(`readPage properties: ${runs} random pages, seed ${seed}`);
const t0 = performance.now();
try {
  const tally = runProperties(runs, seed);
  console.log(`all held in ${((performance.now() - t0) / 1000).toFixed(0)} s; outcomes: ${JSON.stringify(tally)}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
