import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/main.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { urlFromComment } from '../../src/cli/load.js';
import { FIXTURES_DIR } from '../fixtures.js';

const ARTICLE = join(FIXTURES_DIR, 'basic--plain-article', 'source.html');
const NON_ARTICLE = join(FIXTURES_DIR, 'non-article--link-list', 'source.html');
const tmp = mkdtempSync(join(tmpdir(), 'sift-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => { out += s; }, err: (s) => { err += s; }, progress: false };
  const code = await run(argv, io);
  return { code, out, err };
}

describe('sift clean', () => {
  it('prints Markdown by default', async () => {
    const r = await cli('clean', ARTICLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# What Bees Do in Winter/);
    expect(r.out).toContain('Source: <https://blog.example.net/2026/03/winter-beekeeping>');
    expect(r.out).toContain('## Why the stores matter');
    expect(r.out).toContain('[stored honey](https://blog.example.net/glossary/stores)');
  });

  it('prints text and a standalone html preview', async () => {
    const text = await cli('clean', ARTICLE, '--format', 'text');
    expect(text.out).toMatch(/^What Bees Do in Winter\n\n/);
    expect(text.out).toContain('it shivers.');
    const html = await cli('clean', ARTICLE, '--format=html');
    expect(html.out).toMatch(/^<!DOCTYPE html>/i);
    expect(html.out).toContain('Content-Security-Policy');
    expect(html.out).not.toMatch(/<script/i);
    expect(html.out).toContain('class="sift-title"');
  });

  it('prints one JSON object per line, each with its file, for several pages', async () => {
    const r = await cli('clean', ARTICLE, NON_ARTICLE, '--format', 'json');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; reason?: string });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: ARTICLE, ok: true });
    expect(lines[1]).toMatchObject({ file: NON_ARTICLE, ok: false });
    expect(lines[1]!.reason).toBeTruthy();
    expect(r.code).toBe(1);
    expect(r.err).toContain(NON_ARTICLE);
  });

  it('takes the URL from the first-line comment, and --url wins over it', async () => {
    const first = JSON.parse((await cli('clean', ARTICLE, '--format', 'json')).out) as { url: string };
    expect(first.url).toBe('https://blog.example.net/2026/03/winter-beekeeping');
    const over = JSON.parse((await cli('clean', ARTICLE, '--format', 'json', '--url', 'https://other.example/x')).out) as { url: string; html: string };
    expect(over.url).toBe('https://other.example/x');
    expect(over.html).toContain('https://other.example/glossary/stores');
  });

  it('exits 1 with the reason for a page that is not an article, 0 when forced', async () => {
    const r = await cli('clean', NON_ARTICLE);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does not look like an article/);
    expect((await cli('clean', NON_ARTICLE, '--force')).code).toBe(0);
  });

  it('gives a one-line error for a missing file and goes on with the rest', async () => {
    const r = await cli('clean', join(tmp, 'missing.html'), ARTICLE, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([`sift: cannot read ${join(tmp, 'missing.html')}: no such file`]);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('reads pages whose markup or stylesheets are broken', async () => {
    const file = join(tmp, 'broken.html');
    const para = '<p>The committee met again on Tuesday, and after a long debate it agreed to publish the report in full next month.</p>';
    writeFileSync(file, `<html><head><style>@media (min-width:{ .a { color: red } } @import url(</style><link rel=stylesheet href="x.css"></head><body><article>${para.repeat(8)}</article>`);
    const r = await cli('clean', file, '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.out).toContain('The committee met again');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['clean']],
    [['clean', ARTICLE, '--format', 'pdf']],
    [['clean', ARTICLE, '--url']],
    [['clean', ARTICLE, '--frobnicate']],
    [['frobnicate']],
  ])('%j', async (argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^sift: /);
    expect(r.err).toContain('Usage:');
  });

  it('parses flags in any order', () => {
    expect(parseArgs(['clean', '--format', 'json', 'a.html', '--url=https://x.example/', 'b.html'])).toEqual({
      kind: 'clean', files: ['a.html', 'b.html'], url: 'https://x.example/', format: 'json', force: false,
    });
    expect(() => parseArgs(['sample', 'extra'])).toThrow(UsageError);
  });
});

describe('first-line URL comment', () => {
  it.each([
    ['<!-- {"url": "https://a.example/x"} -->\n<html>', 'https://a.example/x'],
    ['\uFEFF<!--{"url":"https://a.example/y"}-->', 'https://a.example/y'],
    ['<!-- not json -->', ''],
    ['<html><!-- {"url": "https://late.example"} -->', ''],
  ])('%j', (head, url) => expect(urlFromComment(head)).toBe(url));
});

describe('sift sample and the installed command', () => {
  it('prints the sample as Markdown and writes a preview', async () => {
    const out = join(tmp, 'preview.html');
    const r = await cli('sample', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Harbour City Council/);
    expect(r.err).toContain(out);
    expect(readFileSync(out, 'utf8')).toContain('Harbour City Council');
  });

  it('runs as bin/sift.js with the contract exit codes', () => {
    const bin = resolve(FIXTURES_DIR, '../../bin/sift.js');
    const ok = spawnSync(process.execPath, [bin, 'clean', ARTICLE, '--format', 'text'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('it shivers.');
    expect(spawnSync(process.execPath, [bin, 'clean', NON_ARTICLE], { encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, 'clean'], { encoding: 'utf8' }).status).toBe(2);
    expect(spawnSync(process.execPath, [bin, 'sample', '--out', join(tmp, 's.html')], { encoding: 'utf8' }).status).toBe(0);
  }, 60_000);
});

describe('markdown key quotes', async () => {
  const { toMarkdown } = await import('../../src/cli/format.js');
  const article = {
    ok: true as const, url: 'https://news.example/a', title: 'Bridge reopens', byline: '', siteName: '', publishedTime: '',
    lang: 'en', dir: 'ltr' as const, excerpt: '', leadImage: '', text: '',
    html: '<p>“We are <a href="https://news.example/b">ready</a>,” said <mark data-sift-highlight="0">Mayor Elena Ruiz</mark>.</p>',
    highlights: [
      { text: '“We are ready,”', kind: 'quote' as const, speaker: 'Mayor Elena Ruiz', score: 1 },
      { text: 'Traffic returns on Monday.', kind: 'key-sentence' as const, score: 0.5 },
    ],
    removals: [], stats: { words: 0, readingMinutes: 1, timingsMs: { extract: 0, clean: 0, highlight: 0, total: 0 } },
  };
  it('lists each highlight with its speaker before the article, and marks highlights in the text', () => {
    const md = toMarkdown(article);
    expect(md).toContain('## Key quotes\n\n- “We are ready,” — Mayor Elena Ruiz\n- Traffic returns on Monday.');
    expect(md.indexOf('## Key quotes')).toBeLessThan(md.indexOf('We are [ready]'));
    expect(md).toContain('==Mayor Elena Ruiz==');
  });
  it('has no section when nothing is highlighted', () => {
    expect(toMarkdown({ ...article, highlights: [] })).not.toContain('Key quotes');
  });
});
