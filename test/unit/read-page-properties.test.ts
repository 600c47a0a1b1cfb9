import { expect, it } from 'vitest';
import { propertyChecker, runProperties } from '../properties/read-page.js';

// `npm run bench:properties` runs 10,000 cases; npm test keeps to a few hundred.
it('readPage never throws, never mutates its input, returns an article or a reason, and keeps control characters out of text', () => {
  runProperties(Number(process.env.SIFT_PROPERTY_RUNS) || 200);
}, 120_000);

it('a plain article passes the same checks (so the generator, not the checker, finds failures)', () => {
  const checker = propertyChecker();
  try {
    const prose = 'The council met for eleven hours and decided to build the barrier across the old port. '.repeat(8);
    expect(() => checker.check(`<article><h1>T</h1><p>${prose}</p><p>${prose}</p></article>`, true)).not.toThrow();
  } finally {
    checker.close();
  }
});
