/**
 * Huge and odd pages (issue 6): each comes back with an answer (an article,
 * or a reason the reader understands) instead of hanging or throwing. The
 * sizes are the issue's own; vitest's timeout is the only clock here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { readPage } from '../../src/core/index.js';

const SENTENCE = 'The council met again on Tuesday and argued about the barrier for hours.';
const STORY = `<h1>Barrier</h1>${`<p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p>`.repeat(6)}`;
const dir = mkdtempSync(join(tmpdir(), 'sift-huge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(html: string, options: Parameters<typeof readPage>[1] = {}) {
  const dom = new JSDOM(html, { url: 'https://example.org/story' });
  try {
    return readPage(dom.window.document, { force: true, window: dom.window as unknown as Window & typeof globalThis, ...options });
  } finally {
    try {
      dom.window.close();
    } catch {
      // jsdom's own teardown of a very deep tree can overflow; not ours to test.
    }
  }
}

describe('huge pages get "too large to read"', () => {
  it('100,000 paragraphs', () => {
    const r = read(`<html><body><article><h1>Big</h1>${`<p>${SENTENCE}</p>`.repeat(100_000)}</article></body></html>`);
    expect(r).toMatchObject({ ok: false, code: 'too-large', reason: 'This page is too large to read.' });
  }, 120_000);

  it('a 10 MB page', () => {
    const r = read(`<html><body><article><h1>Big</h1><p>${'word '.repeat(2_000_000)}</p></article></body></html>`);
    expect(r).toMatchObject({ ok: false, code: 'too-large' });
  }, 120_000);

  it('nesting 5,000 levels deep', () => {
    const r = read(`<html><body>${'<div>'.repeat(5000)}${STORY}${'</div>'.repeat(5000)}</body></html>`);
    expect(r).toMatchObject({ ok: false, code: 'too-large' });
  }, 120_000);

  it('a page that takes longer than its time budget', () => {
    expect(read(`<html><body><article>${STORY}</article></body></html>`, { timeBudgetMs: 0 }))
      .toMatchObject({ ok: false, code: 'too-large' });
  });
});

describe('odd pages get an article or a reason', () => {
  it('a frameset', () => {
    const r = read('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(r.ok).toBe(false);
    expect(r.ok || r.reason).toBeTruthy();
  });

  it('a page with no <body> tag', () => {
    const r = read(STORY);
    expect(r.ok && r.text).toContain(SENTENCE);
  });

  it('a page whose story sits in a shadow root beside light-DOM text', () => {
    const dom = new JSDOM(`<html><body><article>${STORY}</article><div id="host"></div></body></html>`);
    const host = dom.window.document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>${SENTENCE} (in a shadow root)</p>`;
    const r = readPage(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
    dom.window.close();
    expect(r.ok && r.text).toContain(SENTENCE);
  });
});

describe('the sift command on such pages', () => {
  const capture = () => {
    const io = { out: '', err: '' };
    return { io, sink: { out: (s: string) => { io.out += s; }, err: (s: string) => { io.err += s; }, progress: false } };
  };

  it('exits 1 with the reason for a page too deep to read', async () => {
    const file = join(dir, 'deep.html');
    writeFileSync(file, `<html><body>${'<div>'.repeat(5000)}${STORY}${'</div>'.repeat(5000)}</body></html>`);
    const { io, sink } = capture();
    expect(await run(['clean', file], sink)).toBe(1);
    expect(io.err).toContain('too large to read');
  }, 120_000);

  it('reads a page in windows-1252 by its declared charset', async () => {
    const file = join(dir, 'latin1.html');
    const html = `<html><head><meta charset="windows-1252"><title>Straße</title></head><body><article><h1>Straße</h1>`
      + `${`<p>${'Die Straße am Hafen wird im Frühjahr für den Verkehr geöffnet, sagte die Stadtverwaltung. '.repeat(3)}</p>`.repeat(6)}</article></body></html>`;
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const { io, sink } = capture();
    expect(await run(['clean', file, '--format', 'text'], sink)).toBe(0);
    expect(io.out).toContain('Die Straße am Hafen wird im Frühjahr');
  });
});
