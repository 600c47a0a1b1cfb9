/**
 * Corpus pages for the standalone benches (bench/repeats.ts, bench/forum.ts):
 * snippets/pages with ground-truth.json, wcxb-dev/html/*.html.gz with
 * ground-truth/*.json, each read through readPage as bench/quality does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, NODE_TIME_BUDGET_MS } from '../../src/cli/load.js';
import { readPage } from '../../src/core/index.js';
import type { ReadResult } from '../../src/core/types.js';

export interface CorpusPage {
  set: 'snippets' | 'wcxb';
  id: string;
  file: string;
  url: string;
  /** wcxb: `_internal.page_type.primary`. */
  type?: string;
  /** wcxb: the whole main text and title. */
  mainContent?: string;
  title?: string;
  /** snippets: sentences that belong to the article. */
  with?: string[];
}

export function snippetPages(corpus: string): CorpusPage[] {
  const dir = join(corpus, 'snippets', 'pages');
  if (!existsSync(dir)) return [];
  const gt = JSON.parse(readFileSync(join(corpus, 'snippets', 'ground-truth.json'), 'utf8')) as Record<string, { url: string; with: string[] }>;
  return readdirSync(dir).sort().map((name) => ({
    set: 'snippets' as const, id: name, file: join(dir, name), url: gt[name]?.url ?? '', with: gt[name]?.with,
  }));
}

export function wcxbPages(corpus: string): CorpusPage[] {
  const dir = join(corpus, 'wcxb-dev');
  if (!existsSync(dir)) return [];
  return readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort().map((f) => {
    const id = f.replace(/\.html\.gz$/, '');
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as {
      url: string; _internal?: { page_type?: { primary?: string } }; ground_truth: { title?: string; main_content?: string };
    };
    return {
      set: 'wcxb' as const, id, file: join(dir, 'html', f), url: gt.url,
      type: gt._internal?.page_type?.primary, mainContent: gt.ground_truth.main_content ?? '', title: gt.ground_truth.title ?? '',
    };
  });
}

export interface PageRead {
  result: ReadResult;
  /** The page's own text (body, scripts and styles left out), read before readPage. */
  pageText: string;
}

/** Visible-ish text of the page: body text without script, style, noscript, template. */
function bodyText(doc: Document): string {
  const body = doc.body ?? doc.documentElement;
  if (!body) return '';
  const parts: string[] = [];
  const walker = doc.createTreeWalker(body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.parentElement?.closest('script, style, noscript, template')) continue;
    parts.push(t.nodeValue ?? '');
  }
  return parts.join(' ');
}

export async function readCorpusPage(page: CorpusPage, withPageText = false): Promise<PageRead> {
  const loaded = await loadPage(page.file, page.url);
  try {
    const pageText = withPageText ? bodyText(loaded.document) : '';
    const result = readPage(loaded.document, { force: true, window: loaded.window, url: page.url || undefined, timeBudgetMs: NODE_TIME_BUDGET_MS });
    return { result, pageText };
  } finally {
    loaded.close();
  }
}

/** `--name value` from argv. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The corpus beside the clone, as bench/quality finds it. */
export const CORPUS = arg('corpus') ?? fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
