/** How `bench:quality --browser` prints its comparison, and what it writes for --json. */
import { DIFFERENT, gain, type Cause, type Comparison, type PagePair } from './compare.js';
import { f3, prf3, sideBySide, signed, type Row } from './table.js';

export interface RunFacts {
  corpus: string;
  /** Chromium's version. */
  version: string;
  /** Pages the corpus offered before sampling. */
  offered: number;
  workers: number;
  jsdomMs: number;
  chromiumMs: number;
  /** The differing pages' third reading, without scripts. */
  attributionMs: number;
  elapsedMs: number;
  verbose?: boolean;
}

const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

const CAUSE_LABELS: Record<Cause, string> = {
  scripts: 'the page\'s scripts',
  chromium: 'Chromium itself, scripts or not',
  both: 'both',
};

/**
 * One page of a difference list: both F1, the change, both lengths, what made
 * the difference (and Chromium's F1 without scripts), and why a side read nothing.
 */
function pairLine(p: PagePair): string {
  const w = p.withoutScripts;
  const why = [
    p.jsdom.reason ? `jsdom: ${p.jsdom.reason}` : '',
    p.chromium.reason ? `Chromium: ${p.chromium.reason}` : '',
    p.chromium.scriptErrors ? `${p.chromium.scriptErrors} script error(s)` : '',
  ].filter(Boolean).join('; ');
  return `  wcxb/${p.name.padEnd(6)} ${p.type.padEnd(13)} ${f3(p.jsdom.words.f1)} → ${f3(p.chromium.words.f1)}  ${signed(gain(p), 3)}`
    + `  ${w ? `[${w.cause}: ${f3(w.f1)} without scripts]` : '[cause not read]'}`
    + `  ${p.jsdom.chars} → ${p.chromium.chars} chars${why ? `  (${why})` : ''}`;
}

export function formatComparison(c: Comparison, run: RunFacts): string {
  const rows: Row[] = [];
  const section = (title: string) => rows.push([title, '', '', '']);
  const count = (label: string, a: number | '', b: number) => rows.push([label, String(a), String(b), a === '' || a === b ? '' : signed(b - a, 0)]);
  section(`wcxb-dev word F1 (${c.pages} pages; precision / recall / F1, mean per page)`);
  rows.push(['  all', prf3(c.jsdom.all), prf3(c.chromium.all), signed(c.chromium.all.f1 - c.jsdom.all.f1, 3)]);
  for (const [type, b] of Object.entries(c.chromium.byType)) {
    const a = c.jsdom.byType[type]!;
    rows.push([`  ${type} (${b.pages})`, prf3(a), prf3(b), signed(b.f1 - a.f1, 3)]);
  }
  if (c.loaded) {
    rows.push([`  the ${c.loaded.pages} pages Chromium could read`, prf3(c.loaded.jsdom), prf3(c.loaded.chromium),
      signed(c.loaded.chromium.f1 - c.loaded.jsdom.f1, 3)]);
  }
  section('What made the difference (the pages that differ, read again without scripts)');
  const g = c.gapByCause;
  for (const cause of ['scripts', 'chromium', 'both'] as const) {
    rows.push([`  ${CAUSE_LABELS[cause]}`, '', `${g[cause].pages} pages`, signed(g[cause].gap, 3)]);
  }
  if (g.unknown.pages) rows.push(['  not read again', '', `${g.unknown.pages} pages`, signed(g.unknown.gap, 3)]);
  rows.push([`  no difference (within ${DIFFERENT})`, '', `${g.same.pages} pages`, signed(g.same.gap, 3)]);
  section('Pages');
  count('  no article (refused, empty, too large, timed out)', c.notRead.jsdom, c.notRead.chromium);
  count(`  F1 higher than the other side's (by > ${DIFFERENT})`, c.counts.worse, c.counts.better);
  count('  F1 the same on both sides', c.counts.same, c.counts.same);
  count('  could not be loaded or read in Chromium', '', c.failures.length);
  count('  the page\'s scripts threw', '', c.scriptErrorPages);
  count('  the page tried to navigate away (stopped)', '', c.blockedNavigationPages);

  const out = [
    `Sift Reader quality bench, jsdom against Chromium — corpus ${run.corpus}`,
    `${c.pages} of ${run.offered} wcxb-dev pages, spread over the page types (--limit N for another number); `
      + 'each read as a click reads it, with the boilerplate model of its site\'s fold',
    '',
    ...sideBySide(['jsdom (no scripts)', `Chromium ${run.version.split('.')[0]} (scripts on)`], rows),
  ];
  const list = (title: string, pages: readonly PagePair[], of: number) => {
    out.push('', `${title} (${pages.length} of ${of}; F1 jsdom → Chromium, characters of text):`);
    if (!pages.length) out.push('  none');
    for (const p of pages) out.push(pairLine(p));
  };
  list('Chromium reads better', c.better, c.counts.better);
  list('Chromium reads worse', c.worse, c.counts.worse);
  if (c.failures.length) {
    out.push('', `Could not be loaded or read in Chromium (${c.failures.length}; scored as no article):`);
    for (const f of c.failures.slice(0, run.verbose ? Infinity : 20)) out.push(`  wcxb/${f.page}: ${f.failure}`);
  }
  out.push('', `Elapsed ${minutes(run.elapsedMs)}: Chromium ${minutes(run.chromiumMs)} (one tab), beside it jsdom ${minutes(run.jsdomMs)} `
    + `(${run.workers} worker${run.workers === 1 ? '' : 's'}); then the differing pages without scripts, ${minutes(run.attributionMs)}`);
  return out.join('\n');
}

/** Figures for --json: the comparison, the run, and every page's pair. */
export function comparisonJson(c: Comparison, pairs: readonly PagePair[], run: RunFacts): unknown {
  const { verbose: _, ...facts } = run;
  return { ...facts, ...c, perPage: pairs };
}
