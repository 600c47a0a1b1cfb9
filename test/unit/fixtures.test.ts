import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fixtureNames, runFixture } from '../fixtures.js';

describe('fixtures match their expected output', () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const out = await runFixture(name);
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as unknown;
      expect(out.json).toEqual(expected);
      expect(out.markdown).toBe(readFileSync(join(FIXTURES_DIR, name, 'expected.md'), 'utf8'));
    });
  }
});
