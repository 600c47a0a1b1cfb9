import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageBytes } from '../../bench/perf/browser.js';

const dir = mkdtempSync(join(tmpdir(), 'sift-perf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench in Chromium', () => {
  it('serves a gzipped corpus page unzipped, and any other as it is on disk', async () => {
    const html = Buffer.from('<!doctype html><title>Café</title><p>Text.</p>');
    writeFileSync(join(dir, 'a.html.gz'), gzipSync(html));
    writeFileSync(join(dir, 'b.html'), html);
    expect((await pageBytes(join(dir, 'a.html.gz'))).equals(html)).toBe(true);
    expect((await pageBytes(join(dir, 'b.html'))).equals(html)).toBe(true);
  });
});
