/** Totals and the printed report of `npm run bench:highlights`. */
import type { PageScore } from './evaluate.js';
import { median } from '../stats.js';

export const TARGETS = { precision: 0.95, recall: 0.9, speaker: 0.9, costPct: 10 } as const;

export interface Totals {
  pages: number;
  detected: number;
  labels: number;
  matched: number;
  speakerJudged: number;
  speakerRight: number;
  precision: number;
  recall: number;
  speaker: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function totals(pages: readonly PageScore[]): Totals {
  const t = { pages: pages.length, detected: 0, labels: 0, matched: 0, speakerJudged: 0, speakerRight: 0 };
  for (const p of pages) {
    t.detected += p.detected;
    t.labels += p.labels;
    t.matched += p.matched;
    t.speakerJudged += p.speakerJudged;
    t.speakerRight += p.speakerRight;
  }
  return { ...t, precision: ratio(t.matched, t.detected), recall: ratio(t.matched, t.labels), speaker: ratio(t.speakerRight, t.speakerJudged) };
}

export interface Cost {
  /** Median over pages of highlight time / extraction time, in percent. */
  medianPct: number;
  /** Total highlight time / total extraction time, in percent. */
  totalPct: number;
  highlightMs: number;
  extractMs: number;
}

export function cost(pages: readonly PageScore[]): Cost {
  const ok = pages.filter((p) => p.ok && p.extractMs > 0);
  const medianPct = median(ok.map((p) => (100 * p.highlightMs) / p.extractMs));
  const highlightMs = ok.reduce((n, p) => n + p.highlightMs, 0);
  const extractMs = ok.reduce((n, p) => n + p.extractMs, 0);
  return { medianPct, totalPct: ratio(100 * highlightMs, extractMs), highlightMs, extractMs };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const clip = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatReport(pages: readonly PageScore[], verbose: boolean): string {
  const out: string[] = [];
  if (verbose) {
    for (const p of pages) {
      if (!p.ok) {
        out.push(`${p.name}: not read (${p.reason})`);
        continue;
      }
      if (!p.misses.length && !p.falsePositives.length && !p.wrongSpeakers.length && !p.labelsNotInText.length) continue;
      out.push(`${p.name} [${p.lang}] detected ${p.detected}, labels ${p.labels}, matched ${p.matched}`);
      for (const m of p.misses) out.push(`  miss      “${clip(m.text)}” (${m.speaker ?? 'no speaker'})`);
      for (const f of p.falsePositives) out.push(`  false +   “${clip([f.text, ...f.continues].join(' … '))}” (${f.speaker ?? 'no speaker'})`);
      for (const w of p.wrongSpeakers) out.push(`  speaker   “${clip(w.quote, 60)}” got ${w.detected ?? 'none'}, label ${w.label}`);
      for (const l of p.labelsNotInText) out.push(`  not in text: “${clip(l)}”`);
    }
    out.push('');
  }
  const all = totals(pages);
  const row = (name: string, t: Totals) =>
    `${name.padEnd(6)} ${String(t.pages).padStart(5)} ${String(t.labels).padStart(6)} ${String(t.detected).padStart(8)} ${String(t.matched).padStart(7)}`
    + `  ${pct(t.precision).padStart(9)} ${pct(t.recall).padStart(7)} ${pct(t.speaker).padStart(8)} (${t.speakerRight}/${t.speakerJudged})`;
  out.push('lang   pages labels detected matched  precision  recall  speaker');
  const langs = [...new Set(pages.map((p) => p.lang))];
  for (const lang of langs) out.push(row(lang, totals(pages.filter((p) => p.lang === lang))));
  out.push(row('all', all));
  const c = cost(pages);
  out.push('');
  out.push(`highlight stage: median ${c.medianPct.toFixed(1)}% of extraction time, total ${c.totalPct.toFixed(1)}%`
    + ` (${c.highlightMs.toFixed(0)} ms of ${c.extractMs.toFixed(0)} ms)`);
  const failed = pages.filter((p) => !p.ok).length;
  if (failed) out.push(`${failed} page(s) not read`);
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  out.push('');
  out.push(`${mark(all.precision >= TARGETS.precision)} precision ${pct(all.precision)} (target ≥ ${pct(TARGETS.precision)})`);
  out.push(`${mark(all.recall >= TARGETS.recall)} recall    ${pct(all.recall)} (target ≥ ${pct(TARGETS.recall)})`);
  out.push(`${mark(all.speaker >= TARGETS.speaker)} speaker   ${pct(all.speaker)} (target ≥ ${pct(TARGETS.speaker)})`);
  out.push(`${mark(c.medianPct <= TARGETS.costPct)} cost      ${c.medianPct.toFixed(1)}% median (target ≤ ${TARGETS.costPct}%)`);
  return out.join('\n');
}

export function meetsTargets(pages: readonly PageScore[]): boolean {
  const t = totals(pages);
  return t.precision >= TARGETS.precision && t.recall >= TARGETS.recall && t.speaker >= TARGETS.speaker
    && cost(pages).medianPct <= TARGETS.costPct;
}
