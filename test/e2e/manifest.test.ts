/**
 * What ships stays minimal: the test builds' localhost permission and test
 * hooks must never reach dist/chrome or dist/firefox. Reads the built output,
 * so it runs after `npm run build -- --test`, with the other end-to-end tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedBuild, testBuild, type Target } from './helpers/paths.js';

const TARGETS: Target[] = ['chrome', 'firefox'];

/** Strings that exist only in test builds: the background's overlay trigger. */
const TEST_HOOKS = ['sift-open-overlay'];

function scripts(dir: string): Array<{ name: string; code: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(dir, name), 'utf8') }));
}

describe.each(TARGETS)('shipped %s build', (target) => {
  const { dir, manifest } = shippedBuild(target);

  it('asks for activeTab, scripting and storage only', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
  });

  it('carries no test hooks in its scripts', () => {
    const bundles = scripts(dir);
    expect(bundles.map((b) => b.name).filter((n) => !n.startsWith('chunks/')).sort())
      .toEqual(['background.js', 'content.js', 'overlay.js', 'popup.js']);
    for (const { name, code } of bundles) {
      for (const hook of TEST_HOOKS) expect(code, `${target}/${name} contains "${hook}"`).not.toContain(hook);
    }
  });

  it('differs from the test build only by the localhost permission', () => {
    const test = JSON.parse(readFileSync(join(testBuild(target), 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(test.host_permissions).toEqual(['http://127.0.0.1/*']);
    const { host_permissions: _, ...rest } = test;
    expect(rest).toEqual(manifest);
  });
});

it('the test builds do carry the hooks (so the checks above would see them)', () => {
  const code = (target: Target, file: string) => readFileSync(join(testBuild(target), file), 'utf8');
  for (const target of TARGETS) expect(code(target, 'background.js')).toContain('sift-open-overlay');
});
