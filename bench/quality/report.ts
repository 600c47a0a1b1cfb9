/** Aggregate page results into figures, and print them as a side-by-side table. */
import { countByKind, JUNK_KINDS, type JunkKind } from './junk.js';
import type { RetentionResult } from './retention.js';
import { prf, sumCounts, type Prf, type SnippetCounts } from './snippets.js';
import { EXTRACTOR_LABELS, EXTRACTORS, type ExtractorId, type PageResult } from './types.js';
import { refusals, wcxbSummary, type RefusalSummary, type WcxbSummary } from './wcxb.js';
import { f3, prf3, sideBySide, signed, type Row } from './table.js';

export interface RetentionSummary {
  pages: number;
  expected: number;
  covered: number;
  found: number;
  total: number;
  recall: number;
  worst: RetentionPage[];
}

export interface RetentionPage {
  page: string;
  recall: number;
  found: number;
  total: number;
  covered: number;
  lost: string[];
  /** Plain Readability's recall on the same page (expected.html retention only). */
  plainRecall?: number;
}

export interface KeptFromPlainSummary {
  pages: number;
  found: number;
  total: number;
  covered: number;
  recall: number;
  /** Pages losing most of plain's text without a removal log entry. */
  worst: RetentionPage[];
  /** Pages where removal log entries account for most of plain's text. */
  mostRemoved: RetentionPage[];
}

export interface ExtractorSummary {
  snippets: SnippetCounts & Prf & { pages: number };
  failed: { count: number; pages: { page: string; reason: string }[] };
  junk: Record<JunkKind, number> & { total: number; pages: number };
  junkExamples: { page: string; kind: JunkKind; line: string }[];
  duplicates: {
    pages: number;
    paragraphs: number;
    pagesAll: number;
    /** Every duplicate; `pageRepeats` when the source's visible text shows it twice too. */
    examples: { page: string; paragraph: string; pageRepeats: boolean }[];
  };
  retention: RetentionSummary;
  removals?: number;
  keptFromPlain?: KeptFromPlainSummary;
}

export interface Summary {
  corpus: string;
  pages: { snippets: number; judged: number; readability: number; wcxb: number; loadErrors: string[] };
  extractors: Record<ExtractorId, ExtractorSummary>;
  /** wcxb-dev word F1, when the corpus has it. */
  wcxb?: Record<ExtractorId, WcxbSummary>;
  /** Clicks the engine refused ("not an article"). */
  refusals: RefusalSummary;
  /** The same figures on the lockbox fold's pages alone (bench/train/folds.ts), never used to tune. */
  lockbox?: Record<ExtractorId, { snippets: Prf & { pages: number }; wcxb: WcxbSummary['all'] }>;
}

const pageLabel = (r: PageResult) => `${r.set}/${r.name}`;
const SET_ORDER: Record<PageResult['set'], number> = { snippets: 0, readability: 1, wcxb: 2 };
const withSnippets = (r: PageResult) => (r.ours.snippets ? r.ours.snippets.tp + r.ours.snippets.fn : undefined);

/** Sort results so every figure and list is the same run to run, whatever the worker order. */
export function sortResults(results: readonly PageResult[]): PageResult[] {
  return [...results].sort((a, b) => (a.set === b.set ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : SET_ORDER[a.set] - SET_ORDER[b.set]));
}

function toPage(page: string, r: RetentionResult, plain?: RetentionResult): RetentionPage {
  const p: RetentionPage = {
    page,
    recall: r.total ? r.found / r.total : 1,
    found: r.found,
    total: r.total,
    covered: r.covered,
    lost: r.lostParagraphs,
  };
  if (plain) p.plainRecall = plain.total ? plain.found / plain.total : 1;
  return p;
}

/** Pages that lost something, lowest recall first (ties: most shingles lost). */
export function worstPages(pages: readonly RetentionPage[], n: number): RetentionPage[] {
  return pages
    .filter((w) => w.found < w.total)
    .sort((a, b) => a.recall - b.recall || b.total - b.found - (a.total - a.found) || (a.page < b.page ? -1 : 1))
    .slice(0, n);
}

export function summarize(corpus: string, unsorted: readonly PageResult[], worstCount = 5): Summary {
  const results = sortResults(unsorted);
  const summary: Summary = {
    corpus,
    pages: {
      snippets: results.filter((r) => r.set === 'snippets').length,
      judged: results.filter((r) => r.judged).length,
      readability: results.filter((r) => r.set === 'readability').length,
      wcxb: results.filter((r) => r.set === 'wcxb').length,
      loadErrors: results.filter((r) => r.error).map((r) => `${pageLabel(r)}: ${r.error}`),
    },
    extractors: {} as Summary['extractors'],
    refusals: refusals(results, withSnippets),
  };
  if (summary.pages.wcxb) {
    summary.wcxb = { plain: wcxbSummary(results, (r) => r.plain), ours: wcxbSummary(results, (r) => r.ours) };
  }
  const locked = results.filter((r) => r.lockbox);
  if (locked.length) {
    const of = (pick: (r: PageResult) => PageResult['ours']) => {
      const judged = locked.filter((r) => pick(r).snippets);
      return {
        snippets: { ...prf(sumCounts(judged.map((r) => pick(r).snippets!))), pages: judged.length },
        wcxb: wcxbSummary(locked, pick).all,
      };
    };
    summary.lockbox = { plain: of((r) => r.plain), ours: of((r) => r.ours) };
  }
  for (const id of EXTRACTORS) {
    const pages = results.map((r) => ({ r, e: r[id] }));
    const judged = pages.filter(({ e }) => e.snippets);
    const counts = sumCounts(judged.map(({ e }) => e.snippets!));
    const junkAll = pages.flatMap(({ r, e }) => e.junk.map((j) => ({ page: pageLabel(r), ...j })));
    const dupPages = pages.filter(({ e }) => e.dups.unexplained.length);
    const ret = pages.filter(({ e }) => e.retention);
    const sum = (f: (x: NonNullable<PageResult['ours']['retention']>) => number) => ret.reduce((s, { e }) => s + f(e.retention!), 0);
    const retTotal = sum((x) => x.total);
    const retFound = sum((x) => x.found);
    const worst = worstPages(ret.map(({ r, e }) => toPage(r.name, e.retention!, id === 'ours' ? r.plain.retention : undefined)), worstCount);
    const s: ExtractorSummary = {
      snippets: { ...counts, ...prf(counts), pages: judged.length },
      failed: {
        count: pages.filter(({ e }) => !e.ok).length,
        pages: pages.filter(({ e }) => !e.ok).map(({ r, e }) => ({ page: pageLabel(r), reason: e.reason ?? '' })),
      },
      junk: { ...countByKind(junkAll), total: junkAll.length, pages: pages.filter(({ e }) => e.junk.length).length },
      junkExamples: junkAll,
      duplicates: {
        pages: dupPages.length,
        paragraphs: pages.reduce((n, { e }) => n + e.dups.unexplained.length, 0),
        pagesAll: pages.filter(({ e }) => e.dups.all.length).length,
        examples: pages.flatMap(({ r, e }) =>
          e.dups.all.map((p) => ({ page: pageLabel(r), paragraph: p, pageRepeats: !e.dups.unexplained.includes(p) }))),
      },
      retention: {
        pages: ret.length,
        expected: sum((x) => x.expected),
        covered: sum((x) => x.covered),
        found: retFound,
        total: retTotal,
        recall: retTotal ? retFound / retTotal : 1,
        worst,
      },
    };
    if (id === 'ours') {
      s.removals = pages.reduce((n, { e }) => n + (e.removals ?? 0), 0);
      const kept = pages.filter(({ e }) => e.keptFromPlain).map(({ r, e }) => toPage(pageLabel(r), e.keptFromPlain!));
      const k = kept.reduce((t, p) => ({ found: t.found + p.found, total: t.total + p.total, covered: t.covered + p.covered }), { found: 0, total: 0, covered: 0 });
      s.keptFromPlain = {
        pages: kept.length,
        ...k,
        recall: k.total ? k.found / k.total : 1,
        worst: worstPages(kept, worstCount),
        mostRemoved: kept.filter((p) => p.covered > 0).sort((a, b) => b.covered - a.covered || (a.page < b.page ? -1 : 1)).slice(0, worstCount),
      };
    }
    summary.extractors[id] = s;
  }
  return summary;
}

// ---------------------------------------------------------------- formatting

const f4 = (x: number) => x.toFixed(4);
const clip = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface FormatOptions {
  verbose?: boolean;
  elapsedMs?: number;
  examples?: number;
}

export function formatReport(s: Summary, opts: FormatOptions = {}): string {
  const { plain, ours } = s.extractors;
  const out: string[] = [];
  const rows: Row[] = [];
  const row = (label: string, a: string, b: string, d = '') => rows.push([label, a, b, d]);
  const section = (title: string) => rows.push([title, '', '', '']);
  const num = (label: string, a: number, b: number, digits = 0, fmt = (x: number) => x.toFixed(digits)) =>
    row(label, fmt(a), fmt(b), Math.abs(b - a) < 0.5 * 10 ** -digits ? '' : signed(b - a, digits));

  section(`Snippets (${ours.snippets.pages} judged pages)`);
  num('  precision', plain.snippets.precision, ours.snippets.precision, 3, f3);
  num('  recall', plain.snippets.recall, ours.snippets.recall, 3, f3);
  num('  F1', plain.snippets.f1, ours.snippets.f1, 3, f3);
  row('  TP / FN / FP', `${plain.snippets.tp} / ${plain.snippets.fn} / ${plain.snippets.fp}`, `${ours.snippets.tp} / ${ours.snippets.fn} / ${ours.snippets.fp}`);
  if (s.wcxb) {
    const w = s.wcxb;
    section(`wcxb-dev word F1 (${w.ours.all.pages} pages; precision / recall / F1, mean per page)`);
    row('  all', prf3(w.plain.all), prf3(w.ours.all), signed(w.ours.all.f1 - w.plain.all.f1, 3));
    for (const [t, o] of Object.entries(w.ours.byType)) {
      const p = w.plain.byType[t]!;
      row(`  ${t} (${o.pages})`, prf3(p), prf3(o), signed(o.f1 - p.f1, 3));
    }
  }
  if (s.lockbox) {
    const { plain: lp, ours: lo } = s.lockbox;
    section('Lockbox fold only (sites never used to tune)');
    num(`  snippets F1 (${lo.snippets.pages} pages)`, lp.snippets.f1, lo.snippets.f1, 3, f3);
    num(`  wcxb-dev word F1 (${lo.wcxb.pages} pages)`, lp.wcxb.f1, lo.wcxb.f1, 3, f3);
  }
  section('Clicks refused ("not an article")');
  for (const [set, t] of Object.entries(s.refusals.textPages)) row(`  ${set}, pages that hold a text (${t.pages})`, '', String(t.refused));
  for (const [type, t] of Object.entries(s.refusals.otherTypes)) row(`  wcxb ${type} (${t.pages})`, '', String(t.refused));
  section(`Junk lines (all ${s.pages.snippets + s.pages.readability + s.pages.wcxb} pages)`);
  for (const k of JUNK_KINDS) num(`  ${k}`, plain.junk[k], ours.junk[k]);
  num('  total', plain.junk.total, ours.junk.total);
  num('  pages with junk', plain.junk.pages, ours.junk.pages);
  section('Duplicated paragraphs (>= 40 chars)');
  num('  pages (page shows it once)', plain.duplicates.pages, ours.duplicates.pages);
  num('  paragraphs (page shows it once)', plain.duplicates.paragraphs, ours.duplicates.paragraphs);
  num('  pages (any duplicate)', plain.duplicates.pagesAll, ours.duplicates.pagesAll);
  section(`Retention vs expected.html (${ours.retention.pages} readability pages)`);
  num('  5-shingle recall', plain.retention.recall, ours.retention.recall, 4, f4);
  row('  found / counted', `${plain.retention.found} / ${plain.retention.total}`, `${ours.retention.found} / ${ours.retention.total}`);
  row('  covered by our removals', '', String(ours.retention.covered));
  const kp = ours.keptFromPlain;
  if (kp) {
    section(`Plain Readability's text kept by ours (${kp.pages} pages)`);
    row('  5-shingle recall, removals excused', '', f4(kp.recall));
    row('  found / counted', '', `${kp.found} / ${kp.total}`);
    row('  covered by our removals', '', String(kp.covered));
  }
  section('Extraction');
  num('  failed pages', plain.failed.count, ours.failed.count);
  row('  removal log entries', '', String(ours.removals ?? 0));

  out.push(`Sift Reader quality bench — corpus ${s.corpus}`);
  out.push(`${s.pages.snippets} snippet pages (${s.pages.judged} judged), ${s.pages.readability} readability pages, ${s.pages.wcxb} wcxb-dev pages`);
  out.push('');
  out.push(...sideBySide([EXTRACTOR_LABELS.plain, EXTRACTOR_LABELS.ours], rows));
  out.push('');
  out.push('README reference, Readability 0.6.0 (textContent): P 0.872  R 0.881  F1 0.877');

  if (s.pages.loadErrors.length) {
    out.push('', `Pages that could not be loaded (${s.pages.loadErrors.length}):`);
    for (const e of s.pages.loadErrors) out.push(`  ${e}`);
  }
  const refusedText = Object.entries(s.refusals.textPages).flatMap(([set, t]) => t.examples.map((n) => `${set}/${n}`));
  if (refusedText.length) {
    out.push('', `Refused although the page holds a text (${refusedText.length}):`);
    for (const p of refusedText.slice(0, opts.verbose ? Infinity : 20)) out.push(`  ${p}`);
  }
  for (const id of EXTRACTORS) {
    const f = s.extractors[id].failed;
    if (!f.count) continue;
    out.push('', `Failed extraction, ${EXTRACTOR_LABELS[id]} (${f.count}):`);
    for (const p of f.pages) out.push(`  ${p.page}: ${p.reason}`);
  }

  out.push('', `Worst retention, ours (of ${ours.retention.pages}):`);
  if (!ours.retention.worst.length) out.push('  none below 1.000');
  const pageLines = (w: RetentionPage, extra: string, lost: boolean) => {
    out.push(`  ${w.page.padEnd(40)} ${f4(w.recall)}  (${w.found}/${w.total})${extra}`);
    if (lost) for (const l of w.lost.slice(0, opts.verbose ? 5 : 2)) out.push(`      lost: ${clip(l)}`);
  };
  for (const w of ours.retention.worst) {
    pageLines(w, w.plainRecall === undefined ? '' : `  plain ${f4(w.plainRecall)}`, true);
  }
  if (kp) {
    out.push('', `Where ours differs most from plain (plain's text missing from ours, no removal entry; often a better pick, see snippets) (of ${kp.pages}):`);
    if (!kp.worst.length) out.push('  none');
    for (const w of kp.worst) pageLines(w, '', true);
    out.push('', 'Most of plain\'s text taken out WITH removal entries (check these are not over-removal):');
    for (const w of kp.mostRemoved) out.push(`  ${w.page.padEnd(40)} ${w.covered} shingles covered by removals, ${w.total} left`);
  }

  const limit = opts.verbose ? Infinity : opts.examples ?? 10;
  const ex = ours.junkExamples.slice(0, limit);
  out.push('', `Junk lines left in ours (${ex.length} of ${ours.junkExamples.length}${opts.verbose ? '' : '; --verbose for all'}):`);
  for (const j of ex) out.push(`  [${j.kind}] ${JSON.stringify(clip(j.line, 80))}  ${j.page}`);
  const dx = ours.duplicates.examples.slice(0, limit);
  out.push('', `Duplicated paragraphs in ours (${dx.length} of ${ours.duplicates.examples.length}; "page repeats" = the source's visible text has it twice too):`);
  for (const d of dx) out.push(`  ${d.pageRepeats ? '[page repeats] ' : '[ONLY OURS]   '}${JSON.stringify(clip(d.paragraph, 80))}  ${d.page}`);

  if (opts.elapsedMs !== undefined) out.push('', `Elapsed ${(opts.elapsedMs / 1000).toFixed(1)} s`);
  return out.join('\n');
}

/** Figures for --json: the summary plus compact per-page numbers (no page text beyond examples). */
export function jsonReport(s: Summary, results: readonly PageResult[], elapsedMs: number): unknown {
  return {
    ...s,
    elapsedMs: Math.round(elapsedMs),
    perPage: sortResults(results).map((r) => ({
      set: r.set,
      name: r.name,
      domain: r.domain,
      ...(r.type ? { type: r.type } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...Object.fromEntries(EXTRACTORS.map((id) => {
        const e = r[id];
        return [id, {
          ok: e.ok,
          ...(e.reason ? { reason: e.reason } : {}),
          chars: e.chars,
          ...(e.refused ? { refused: true } : {}),
          ...(e.words ? { words: e.words } : {}),
          ...(e.snippets ? { snippets: { tp: e.snippets.tp, fn: e.snippets.fn, fp: e.snippets.fp, missed: e.snippets.missed, leaked: e.snippets.leaked } } : {}),
          junk: countByKind(e.junk),
          duplicates: e.dups.unexplained.length,
          duplicatesAll: e.dups.all.length,
          ...(e.retention ? { retention: { found: e.retention.found, total: e.retention.total, covered: e.retention.covered } } : {}),
          ...(e.removals !== undefined ? { removals: e.removals } : {}),
          ...(e.keptFromPlain ? { keptFromPlain: { found: e.keptFromPlain.found, total: e.keptFromPlain.total, covered: e.keptFromPlain.covered } } : {}),
        }];
      })),
    })),
  };
}
