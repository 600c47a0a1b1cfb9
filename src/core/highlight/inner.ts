import { attributionAfter } from './attribution.js';
import { INVERTED } from './clause.js';
import { matchPhrase } from './lexicon/compiled.js';
import type { Span } from './marks.js';
import type { Analysis } from './analysis.js';
import { tokensIn } from './tokens.js';


/**
 * French marks often enclose the attribution: « A, explique X. B ». Such a
 * span is cut in two around the clause, which then attributes the first part
 * (the grouping joins the parts again as one quote).
 */
export function innerAttribution(a: Analysis, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.family !== 'guillemet') {
      out.push(span);
      continue;
    }
    const toks = tokensIn(a.toks, span.start, span.end);
    let cut = -1;
    for (let i = 1; i < toks.length - 3 && cut < 0; i++) {
      if (toks[i - 1]!.t !== ',') continue;
      if (!matchPhrase(toks, i, a.c.speech) && !INVERTED.test(toks[i]!.lo)) continue;
      const att = attributionAfter(a.text, toks.slice(i), a.c);
      if (!att) continue;
      const k = toks.findIndex((t) => t.start >= att.end);
      const stop = toks[k];
      if (!stop || (stop.t !== '.' && stop.t !== ',') || toks.length - k < 3) continue;
      cut = i;
      const resume = toks[k + 1]!.start;
      // The first part ends with its comma; its "closing mark" is where the clause starts.
      out.push({ ...span, end: toks[i - 1]!.end, close: toks[i]!.start, unclosed: false });
      out.push({ ...span, open: toks[k]!.start, start: resume });
    }
    if (cut < 0) out.push(span);
  }
  return out;
}
