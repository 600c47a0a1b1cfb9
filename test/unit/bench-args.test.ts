import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../bench/quality/args.js';

describe('bench:quality arguments', () => {
  it('parses every flag, with a space or =', () => {
    expect(parseArgs(['--corpus', '/c', '--json=out.json', '--min-f1', '0.88', '--check-floor', '--verbose', '--workers', '2'])).toEqual({
      corpus: '/c', json: 'out.json', minF1: 0.88, checkFloor: true, updateFloor: false, verbose: true, workers: 2, help: false, scorer: 'cv',
      browser: false,
    });
  });

  it('compares jsdom with Chromium on a number of pages, never against a floor', () => {
    expect(parseArgs(['--browser'])).toMatchObject({ browser: true });
    expect(parseArgs(['--browser', '--limit', '40', '--only', '00', '--scorer', 'off', '--json', 'c.json'])).toMatchObject({
      browser: true, limit: 40, only: '00', scorer: 'off', json: 'c.json',
    });
    expect(() => parseArgs(['--limit', '40'])).toThrow(/--limit goes with --browser/);
    expect(() => parseArgs(['--browser', '--limit', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--browser', '--limit', '2.5'])).toThrow(UsageError);
    expect(() => parseArgs(['--browser', '--sets', 'wcxb'])).toThrow(UsageError);
    expect(() => parseArgs(['--browser', '--check-floor'])).toThrow(UsageError);
  });

  it('takes corpus sets and a scorer, which score something other than the floor measures', () => {
    expect(parseArgs(['--sets', 'snippets,wcxb']).sets).toEqual(['snippets', 'wcxb']);
    expect(parseArgs(['--scorer', 'shipped']).scorer).toBe('shipped');
    expect(() => parseArgs(['--sets', 'news'])).toThrow(UsageError);
    expect(() => parseArgs(['--scorer', 'best'])).toThrow(UsageError);
    expect(() => parseArgs(['--sets', 'wcxb', '--check-floor'])).toThrow(UsageError);
    expect(() => parseArgs(['--scorer', 'off', '--check-floor'])).toThrow(UsageError);
  });

  it('rejects unknown flags, missing values and bad numbers', () => {
    expect(() => parseArgs(['--nope'])).toThrow(UsageError);
    expect(() => parseArgs(['--json'])).toThrow(UsageError);
    expect(() => parseArgs(['--min-f1', 'high'])).toThrow(UsageError);
    expect(() => parseArgs(['--workers', '0'])).toThrow(UsageError);
  });

  it('scores a subset with --only, never against a floor', () => {
    expect(parseArgs(['--only', 'tierwelt']).only).toBe('tierwelt');
    expect(() => parseArgs(['--only', 'x', '--check-floor'])).toThrow(UsageError);
    expect(() => parseArgs(['--only', 'x', '--update-floor'])).toThrow(UsageError);
    expect(() => parseArgs(['--only', 'x', '--min-f1', '0.9'])).toThrow(UsageError);
  });
});
