import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/perf/args.js';
import { UsageError } from '../../bench/flags.js';

describe('npm run bench arguments', () => {
  it('parses the flags', () => {
    expect(parseArgs(['--limit', '20', '--browser-only', '--disable', 'icons,lede', '--profile', '/tmp/p'])).toMatchObject({
      limit: 20, browserOnly: true, noBrowser: false, disable: ['icons', 'lede'], profile: '/tmp/p',
    });
  });

  it('refuses flags that cannot go together, and bad values', () => {
    expect(() => parseArgs(['--no-browser', '--browser-only'])).toThrow(UsageError);
    expect(() => parseArgs(['--no-browser', '--profile', '/tmp/p'])).toThrow(UsageError);
    expect(() => parseArgs(['--limit', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--profile'])).toThrow(UsageError);
  });
});
