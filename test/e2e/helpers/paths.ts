import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(ROOT, 'dist');
/** Screenshots land here (gitignored). */
export const OUTPUT_DIR = join(ROOT, 'test-output');

export type Target = 'chrome' | 'firefox';

function readManifest(dir: string, hint: string): Record<string, unknown> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`${hint}\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The shipped build for `target` and its manifest. */
export function shippedBuild(target: Target): { dir: string; manifest: Record<string, unknown> } {
  const dir = join(DIST, target);
  return { dir, manifest: readManifest(dir, 'npm run build') };
}

/** The test build (localhost permission + test hooks) for `target`; fails loudly when it was not built. */
export function testBuild(target: Target): string {
  const dir = join(DIST, 'test', target);
  const manifest = readManifest(dir, 'npm run build -- --test');
  if (!Array.isArray(manifest.host_permissions)) {
    throw new Error(`${dir} is not a test build (no host_permissions): run \`npm run build -- --test\``);
  }
  return dir;
}

export function saveScreenshot(name: string, png: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, name);
  writeFileSync(file, png);
  return file;
}
