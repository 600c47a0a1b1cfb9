import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPage } from '../core/index.js';
import type { ReadResult } from '../core/types.js';
import { parseArgs, USAGE, UsageError } from './args.js';
import { formatArticle, toJsonLine, toMarkdown, toPreviewHtml, type Format } from './format.js';
import { loadPage, NODE_TIME_BUDGET_MS } from './load.js';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** True when stderr is a terminal, so a progress line helps rather than clutters. */
  progress: boolean;
}

const nodeIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  progress: Boolean(process.stderr.isTTY),
};

/** Both src/cli/ and dist/node/ sit two levels under the package root. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE_PAGE = resolve(ROOT, 'samples/news-page.html');

declare const __SIFT_VERSION__: string | undefined;

type Outcome = 'read' | 'not-article' | 'unreadable';

async function readFileResult(file: string, url: string | undefined, force: boolean): Promise<ReadResult> {
  const page = await loadPage(file, url);
  try {
    return readPage(page.document, { url: page.url || undefined, force, window: page.window, timeBudgetMs: NODE_TIME_BUDGET_MS });
  } finally {
    // Closing each window keeps a run over hundreds of pages within bounded memory.
    page.close();
  }
}

async function clean(files: string[], url: string | undefined, format: Format, force: boolean, io: Io): Promise<number> {
  const outcomes: Outcome[] = [];
  const showProgress = io.progress && files.length > 3;
  for (const [i, file] of files.entries()) {
    if (showProgress) io.err(`\r\x1b[Ksift: ${i + 1}/${files.length} ${file}`);
    let result: ReadResult;
    try {
      result = await readFileResult(file, url, force);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory'
        : code === 'EACCES' ? 'permission denied' : (err as Error).message;
      if (showProgress) io.err('\r\x1b[K');
      io.err(`sift: cannot read ${file}: ${why}\n`);
      outcomes.push('unreadable');
      continue;
    }
    outcomes.push(result.ok ? 'read' : 'not-article');
    if (format === 'json') {
      io.out(`${toJsonLine(file, result)}\n`);
    } else if (result.ok) {
      if (files.length > 1 && i > 0) io.out('\n---\n\n');
      io.out(formatArticle(result, format));
    }
    if (!result.ok) {
      if (showProgress) io.err('\r\x1b[K');
      io.err(`sift: ${file}: ${result.reason}\n`);
    }
  }
  if (showProgress) io.err('\r\x1b[K');
  if (outcomes.includes('unreadable')) return 2;
  return outcomes.includes('not-article') ? 1 : 0;
}

async function sample(out: string | undefined, io: Io): Promise<number> {
  const result = await readFileResult(SAMPLE_PAGE, undefined, false);
  if (!result.ok) {
    io.err(`sift: the built-in sample was not read: ${result.reason}\n`);
    return 1;
  }
  io.out(toMarkdown(result));
  const target = resolve(out ?? resolve(ROOT, 'dist/sample-preview.html'));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, toPreviewHtml(result));
  io.err(`\nReader preview written to ${target}\n`);
  return 0;
}

export async function run(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'help': io.out(`${USAGE}\n`); return 0;
      case 'version': io.out(`${typeof __SIFT_VERSION__ === 'string' ? __SIFT_VERSION__ : 'dev'}\n`); return 0;
      case 'sample': return await sample(cmd.out, io);
      case 'clean': return await clean(cmd.files, cmd.url, cmd.format, cmd.force, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`sift: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
