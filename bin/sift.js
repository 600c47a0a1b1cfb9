#!/usr/bin/env -S node --max-old-space-size=768
// The heap cap makes V8 collect each closed jsdom window promptly: without it a
// run over 500 saved pages grows to ~1.5 GB of uncollected garbage; with it, ~0.7 GB.
// The CLI is bundled by `npm run build` (run by `npm ci` through "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/node/sift.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('sift: not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(bundle.href);
