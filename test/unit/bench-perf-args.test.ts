import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/perf/args.js';
import { UsageError } from '../../bench/flags.js';

describe('npm run bench arguments', () => {
  it('parses the flags', () => {
    expect(parseArgs(['--limit', '20', '--browser-only', '--disable', 'icons,lede', '--profile', '/tmp/p'])).toMatchObject({
      limit: 20, browserOnly: true, noBrowser: false, disable: ['icons', 'lede'], profile: '/tmp/p',
    });
  });

  it('takes the steps whose cost is measured side by side', () => {
    expect(parseArgs(['--cost', 'boilerplate, lede']).cost).toEqual(['boilerplate', 'lede']);
  });

  it('refuses flags that cannot go together, and bad values', () => {
    expect(() => parseArgs(['--no-browser', '--browser-only'])).toThrow(UsageError);
    expect(() => parseArgs(['--no-browser', '--profile', '/tmp/p'])).toThrow(UsageError);
    expect(() => parseArgs(['--no-browser', '--cost', 'boilerplate'])).toThrow(UsageError);
    expect(() => parseArgs(['--limit', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--profile'])).toThrow(UsageError);
  });
});

describe('the cost of steps, side by side', () => {
  it('gives the median and p90 of per-page differences', async () => {
    const { costSummary, costLines } = await import('../../bench/perf/report.js');
    const costs = [1, 2, 3, 4, 10].map((v) => ({ total: v, clean: v / 2 }));
    const s = costSummary(costs);
    expect(s.total.median).toBe(3);
    expect(s.clean.median).toBe(1.5);
    expect(s.total.p90).toBeCloseTo(7.6);
    expect(costLines(['boilerplate'], costs).join('\n')).toMatch(/cost of boilerplate .*5 pages[\s\S]*3\.0 ms median per page, p90 7\.6 ms/);
  });
});
