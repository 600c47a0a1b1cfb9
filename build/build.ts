/**
 * npm run build            → dist/chrome, dist/firefox (shipped), dist/node (the sift CLI)
 * npm run build -- --test  → also dist/test/chrome, dist/test/firefox: localhost permission + test hooks
 * npm run package          → also dist/sift-reader-<browser>-<version>.zip, store-ready
 */
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, type Target } from './manifest.js';
import { zipDir } from './zip.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const args = new Set(process.argv.slice(2));

/** Extension entry points: source → output file name. */
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  overlay: 'src/overlay/index.ts',
  popup: 'src/popup/popup.ts',
};
const STATIC = [['src/popup/popup.html', 'popup.html'], ['icons', 'icons'], ['src/_locales', '_locales']];

function defines(target: Target | 'node', test: boolean): Record<string, string> {
  return {
    __SIFT_BROWSER__: JSON.stringify(target),
    __SIFT_TEST__: JSON.stringify(test),
    __SIFT_VERSION__: JSON.stringify(pkg.version),
  };
}

async function buildExtension(target: Target, out: string, test: boolean): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common: BuildOptions = {
    bundle: true,
    minify: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox140',
    define: defines(target, test),
    legalComments: 'none',
    logLevel: 'warning',
  };
  await Promise.all(Object.entries(ENTRIES).map(([name, entry]) => (name === 'popup'
    // The popup is an ES module page: what it needs only on demand (Markdown) loads as a chunk.
    ? build({ ...common, format: 'esm', splitting: true, entryPoints: { popup: join(ROOT, entry) }, outdir: out, chunkNames: 'chunks/[name]-[hash]' })
    : build({ ...common, entryPoints: [join(ROOT, entry)], outfile: join(out, `${name}.js`) }))));
  for (const [from, to] of STATIC) cpSync(join(ROOT, from!), join(out, to!), { recursive: true });
  const manifest = buildManifest({ target, version: pkg.version, test });
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function buildCli(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/cli/bin.ts')],
    outfile: join(DIST, 'node/sift.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: defines('node', false),
    logLevel: 'warning',
  });
}

const targets: Target[] = ['chrome', 'firefox'];
await Promise.all([
  ...targets.map((t) => buildExtension(t, join(DIST, t), false)),
  ...(args.has('--test') ? targets.map((t) => buildExtension(t, join(DIST, 'test', t), true)) : []),
  buildCli(),
]);
if (args.has('--package')) {
  for (const t of targets) {
    const zip = join(DIST, `sift-reader-${t}-${pkg.version}.zip`);
    zipDir(join(DIST, t), zip);
    console.log(`packaged ${zip}`);
  }
}
