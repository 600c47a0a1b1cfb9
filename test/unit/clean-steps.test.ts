import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/core/clean/index.js';
import { fixtureNames, runFixture } from '../fixtures.js';

/**
 * "Every rule has a reason": each cleanup step must change the article text
 * of at least one fixture, so switching a step off makes a fixture fail.
 */
describe('every cleanup step is needed by some fixture', async () => {
  const names = fixtureNames().filter((n) => !n.startsWith('non-article--'));
  const baseline = new Map<string, string>();
  for (const n of names) baseline.set(n, String((await runFixture(n)).json.text));

  // 'lede', 'jsonLdBody' and 'sectionHeading' restore text Readability missed; they are switched off the same way.
  for (const step of [...STEPS.map((s) => s.name), 'lede', 'jsonLdBody', 'sectionHeading', 'proseBlock', 'titleStory', 'thread']) {
    it(step, async () => {
      const changed: string[] = [];
      for (const n of names) {
        const text = String((await runFixture(n, { disable: [step] })).json.text);
        if (text !== baseline.get(n)) changed.push(n);
      }
      expect(changed, `no fixture's text changes when ${step} is off`).not.toEqual([]);
    });
  }

  it('names are unique', () => {
    expect(new Set(STEPS.map((s) => s.name)).size).toBe(STEPS.length);
  });
});
