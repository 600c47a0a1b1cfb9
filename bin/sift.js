#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run by `npm ci` through "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/node/sift.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('sift: not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(bundle.href);
