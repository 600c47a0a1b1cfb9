import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../bench/highlights/args.js';
import { matchScore, normalise, pair, speakerCorrect } from '../../bench/highlights/match.js';
import { cost, totals } from '../../bench/highlights/report.js';
import type { PageScore } from '../../bench/highlights/evaluate.js';

describe('bench:highlights matching', () => {
  it('normalises case, quote marks, punctuation and spaces', () => {
    expect(normalise('  “We’re READY,”  she  said. ')).toBe("we're ready she said");
  });

  it('matches by containment or by 80% word overlap of the shorter text', () => {
    expect(matchScore({ text: 'We are ready for the traffic,', continues: [] }, { text: 'We are ready for the traffic', speaker: null })).toBe(1);
    expect(matchScore({ text: 'We are so ready for all the traffic', continues: [] }, { text: 'we are ready for the traffic', speaker: null })).toBe(1);
    expect(matchScore({ text: 'Nothing alike at all here', continues: [] }, { text: 'We are ready for the traffic', speaker: null })).toBe(0);
  });

  it('lets a joined split quote match its label, and counts an unjoined second part as a false positive', () => {
    const label = { text: 'A long first part of the quote,', continues: ['and a second part after it.'], speaker: 'Ruiz' };
    const joined = { text: 'A long first part of the quote,', continues: ['and a second part after it.'] };
    expect(pair([joined], [label])).toEqual([[0, 0]]);
    const parts = [{ text: 'A long first part of the quote,', continues: [] }, { text: 'and a second part after it.', continues: [] }];
    expect(pair(parts, [label])).toHaveLength(1);
  });

  it('judges a name by its last word, a description as a whole', () => {
    expect(speakerCorrect('Acting U.S. Attorney Joshua Levy', 'Joshua Levy')).toBe(true);
    expect(speakerCorrect('Levy', 'Joshua Levy')).toBe(true);
    expect(speakerCorrect('Christine Elow', 'Joshua Levy')).toBe(false);
    expect(speakerCorrect(undefined, 'Joshua Levy')).toBe(false);
    expect(speakerCorrect('one GOP operative in the state', 'one GOP operative in the state')).toBe(true);
    expect(speakerCorrect('a GOP operative', 'one GOP operative in the state')).toBe(false);
    expect(speakerCorrect('Compañía de Jesús', 'La Compañía de Jesús')).toBe(true);
  });
});

describe('bench:highlights figures', () => {
  const page = (p: Partial<PageScore>): PageScore => ({
    name: 'p', lang: 'en', ok: true, detected: 0, labels: 0, matched: 0, speakerJudged: 0, speakerRight: 0, labelsNotInText: [],
    misses: [], falsePositives: [], wrongSpeakers: [], extractMs: 100, highlightMs: 5, highlights: 3, ...p,
  });

  it('sums precision, recall and speaker accuracy over pages', () => {
    const t = totals([page({ detected: 4, labels: 5, matched: 3, speakerJudged: 3, speakerRight: 2 }), page({ detected: 1, labels: 0 })]);
    expect([t.precision, t.recall, t.speaker]).toEqual([3 / 5, 3 / 5, 2 / 3]);
  });

  it('reports the highlight cost as a median and a total share of extraction time', () => {
    const c = cost([page({ highlightMs: 5 }), page({ highlightMs: 20 }), page({ highlightMs: 10, extractMs: 50 })]);
    expect(c.medianPct).toBe(20);
    expect(c.totalPct).toBeCloseTo(100 * 35 / 250);
  });
});

describe('bench:highlights flags', () => {
  it('reads --corpus, --verbose and --check, and refuses unknown flags', () => {
    expect(parseArgs(['--corpus', '/x', '--verbose', '--check'])).toMatchObject({ corpus: '/x', verbose: true, check: true });
    expect(parseArgs(['--corpus=/y']).corpus).toBe('/y');
    expect(() => parseArgs(['--nope'])).toThrow(UsageError);
    expect(() => parseArgs(['--corpus'])).toThrow(UsageError);
  });
});

describe('bench:highlights without a corpus', () => {
  it('says so and exits 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/highlights.ts', '--corpus', '/nonexistent/corpus'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('corpus not found');
  }, 30_000);
});
