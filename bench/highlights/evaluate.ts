/** Score one labelled page: run the reader, detect quotes in its text, compare with the labels. */
import { loadPage, NODE_TIME_BUDGET_MS } from '../../src/cli/load.js';
import { findQuotes } from '../../src/core/highlight/index.js';
import { readPage } from '../../src/core/index.js';
import { normalise, pair, speakerCorrect, type Detected, type Label } from './match.js';

export interface PageLabels {
  lang: string;
  quotes: Label[];
}

export interface PageScore {
  name: string;
  lang: string;
  ok: boolean;
  reason?: string;
  detected: number;
  labels: number;
  matched: number;
  /** Matched pairs whose label names a speaker, and how many of those we got right. */
  speakerJudged: number;
  speakerRight: number;
  /** Labels whose text is not in our output (the extractor changed since labelling). */
  labelsNotInText: string[];
  misses: Label[];
  falsePositives: Detected[];
  wrongSpeakers: { quote: string; detected?: string; label: string }[];
  extractMs: number;
  highlightMs: number;
  highlights: number;
}

export async function evaluatePage(name: string, file: string, url: string, labels: PageLabels): Promise<PageScore> {
  const base: PageScore = {
    name, lang: labels.lang, ok: false, detected: 0, labels: labels.quotes.length, matched: 0, speakerJudged: 0,
    speakerRight: 0, labelsNotInText: [], misses: [...labels.quotes], falsePositives: [], wrongSpeakers: [],
    extractMs: 0, highlightMs: 0, highlights: 0,
  };
  const page = await loadPage(file, url || undefined);
  try {
    const result = readPage(page.document, { force: true, window: page.window, url: url || undefined, timeBudgetMs: NODE_TIME_BUDGET_MS });
    if (!result.ok) return { ...base, reason: `${result.code}: ${result.reason}` };
    const detected: Detected[] = findQuotes(result.text, result.lang).map((q) => ({
      text: q.text, continues: q.continues, ...(q.speaker ? { speaker: q.speaker } : {}),
    }));
    const pairs = pair(detected, labels.quotes);
    const matchedD = new Set(pairs.map(([i]) => i));
    const matchedL = new Set(pairs.map(([, j]) => j));
    const score: PageScore = {
      ...base,
      ok: true,
      detected: detected.length,
      matched: pairs.length,
      misses: labels.quotes.filter((_, j) => !matchedL.has(j)),
      falsePositives: detected.filter((_, i) => !matchedD.has(i)),
      extractMs: result.stats.timingsMs.extract,
      highlightMs: result.stats.timingsMs.highlight,
      highlights: result.highlights.length,
    };
    const text = normalise(result.text);
    score.labelsNotInText = labels.quotes.map((l) => l.text).filter((t) => !text.includes(normalise(t)));
    for (const [i, j] of pairs) {
      const l = labels.quotes[j]!;
      if (l.speaker === null) continue;
      score.speakerJudged++;
      if (speakerCorrect(detected[i]!.speaker, l.speaker)) score.speakerRight++;
      else score.wrongSpeakers.push({ quote: l.text, detected: detected[i]!.speaker, label: l.speaker });
    }
    return score;
  } finally {
    page.close();
  }
}
