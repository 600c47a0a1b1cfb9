/**
 * What `npm run bench` runs inside a Chromium page, bundled at bench time
 * (bench/perf/browser.ts): readPage as the extension ships it, plain
 * Readability exactly as bench:quality and the jsdom section run it (on a
 * clone of the document, text built by articleText), and the two timed calls.
 * Everything is exposed as `globalThis.__siftBench`.
 */
import { readPage, type Timings } from '../../src/core/index.js';
import { plainReadability } from '../quality/dom-text.js';

export interface TimedPlain {
  ok: boolean;
  ms: number;
}

export interface TimedRead {
  ok: boolean;
  timingsMs: Timings;
}

const bench = {
  readPage,
  /** `new Readability(doc.cloneNode(true)).parse()`, as bench/quality/dom-text.ts runs it. */
  plain: plainReadability,
  timePlain(): TimedPlain {
    const t0 = performance.now();
    const r = plainReadability(document);
    return { ok: r.ok, ms: performance.now() - t0 };
  },
  timeRead(url: string, disable: string[]): TimedRead {
    const r = readPage(document, { force: true, url, disable });
    return { ok: r.ok, timingsMs: r.stats.timingsMs };
  },
};

export type SiftBench = typeof bench;

(globalThis as unknown as { __siftBench: SiftBench }).__siftBench = bench;
