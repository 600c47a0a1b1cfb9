/** Sizes of the built extension scripts, minified as shipped and gzipped as a store serves them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  target: string;
  file: string;
  bytes: number;
  gzip: number;
}

/** Targets from issue 6, in bytes (KB = 1024 bytes). */
export const BUNDLE_TARGETS: Record<string, number> = { 'content.js': 60 * 1024, 'popup.js': 80 * 1024 };

export function bundleSizes(dist: string): BundleSize[] | null {
  const out: BundleSize[] = [];
  for (const target of ['chrome', 'firefox']) {
    for (const file of ['content.js', 'popup.js', 'background.js']) {
      const path = join(dist, target, file);
      if (!existsSync(path)) return null;
      const code = readFileSync(path);
      out.push({ target, file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    }
  }
  return out;
}
