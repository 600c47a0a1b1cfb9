/**
 * Fixture folders: test/fixtures/<category>--<slug>/ with source.html (a page
 * we wrote, modelled on a pattern seen on real sites), expected.json (what
 * readPage returns, minus timings and HTML) and expected.md (the CLI's
 * Markdown). `npm run fixtures:update` regenerates the expectations; review
 * them in `git diff`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPage } from '../src/core/index.js';
import type { ReadOptions } from '../src/core/types.js';
import { toMarkdown } from '../src/cli/format.js';
import { loadPage } from '../src/cli/load.js';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('--'))
    .map((d) => d.name)
    .sort();
}

export interface FixtureOutput {
  json: Record<string, unknown>;
  markdown: string;
}

/** Options a fixture needs, read from its category: `non-article--*` and `shell--*` pages are read as a click reads them (no Show anyway). */
function optionsFor(name: string): ReadOptions {
  return { force: !/^(non-article|shell)--/.test(name) };
}

export async function runFixture(name: string, extra: ReadOptions = {}): Promise<FixtureOutput> {
  const page = await loadPage(join(FIXTURES_DIR, name, 'source.html'));
  try {
    const result = readPage(page.document, { ...optionsFor(name), url: page.url || undefined, window: page.window, ...extra });
    if (!result.ok) {
      return { json: { ok: false, code: result.code, reason: result.reason }, markdown: `(no article: ${result.reason})\n` };
    }
    const { stats, html: _html, ...rest } = result;
    return {
      json: { ...rest, stats: { words: stats.words, readingMinutes: stats.readingMinutes } },
      markdown: toMarkdown(result),
    };
  } finally {
    page.close();
  }
}
