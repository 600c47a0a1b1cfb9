/**
 * What `bench:quality --browser` runs inside a Chromium page, bundled at
 * bench time (bench/corpus-tab.ts) and evaluated in an isolated world, as the
 * extension's content.js is: a wait for the page's scripts to settle, and the
 * engine read as a click reads. Exposed as `globalThis.__siftQuality`.
 */
import { readArticle } from '../../src/core/read.js';
import type { ScoreModel } from '../../src/core/score/model.js';
import { readingOf, type Reading } from './reading.js';

const quality = {
  /**
   * Resolves once the document has gone `quietMs` without a change to its
   * nodes or text, or after `maxMs` whatever happens: a page whose script
   * keeps a clock ticking is read as it stands then. Gives the ms waited.
   */
  settle(quietMs: number, maxMs: number): Promise<number> {
    return new Promise((resolve) => {
      const start = performance.now();
      let last = start;
      const watch = new MutationObserver(() => { last = performance.now(); });
      watch.observe(document, { subtree: true, childList: true, characterData: true });
      const check = () => {
        const t = performance.now();
        if (t - last < quietMs && t - start < maxMs) return void setTimeout(check, Math.min(50, quietMs));
        watch.disconnect();
        resolve(t - start);
      };
      setTimeout(check, Math.min(50, quietMs));
    });
  },
  /**
   * As src/content/index.ts reads on a click: readArticle (readPage without
   * its DOMPurify pass, the same text), the tab's own address, no `force`,
   * the browser's time budget; `model` is the boilerplate scorer's
   * (undefined: the shipped one, null: off).
   */
  read(model: ScoreModel | null | undefined): Reading {
    return readingOf(readArticle(document, { url: location.href, keepRemoved: true, ...(model === undefined ? {} : { scorer: { model } }) }));
  },
};

export type SiftQuality = typeof quality;

(globalThis as unknown as { __siftQuality: SiftQuality }).__siftQuality = quality;
