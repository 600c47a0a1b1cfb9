/**
 * The Chromium side of `bench:quality --browser`: each page read where a
 * reader reads it, after its own scripts ran.
 *
 * bench/corpus-tab.ts shows the page offline with its scripts ON: its inline
 * scripts run; its external scripts, styles and images, its scripts' own
 * fetches and any navigation away are aborted, so nothing reaches the network
 * (a saved page's script that needs its server fails as it would offline).
 * After DOMContentLoaded, the load event is awaited (at most LOAD_WAIT_MS: with
 * every subresource aborted it comes at once unless a script holds the page),
 * then the page settles: until its DOM has gone SETTLE_QUIET_MS without a
 * change, at most SETTLE_MAX_MS. Then the engine reads it in an isolated world
 * as content.js does on a click (bench/quality/browser-entry.ts), with the
 * boilerplate model of the page's fold. A page gets PAGE_TIMEOUT_MS in all;
 * past that, or when the tab crashes or a call throws, it is a failure of the
 * harness (`failure`), not a reading, and the tab is reset for the next page.
 *
 * With `scripts: false` the same pages are read with the page's scripts off
 * (read at DOMContentLoaded, nothing to wait for): the run that tells a
 * difference the scripts made from one Chromium makes by itself.
 */
import { bundleEntry, evaluate, openCorpusTab, pageUrl, readyState, withTimeout } from '../corpus-tab.js';
import { modelFor } from './cv.js';
import type { PageReading, Reading } from './reading.js';
import type { PageTask } from './types.js';

const NAVIGATION_TIMEOUT_MS = 15_000;
const LOAD_WAIT_MS = 3_000;
const SETTLE_QUIET_MS = 300;
const SETTLE_MAX_MS = 2_000;
/** Navigation, load, settling, and the engine's own time budget (8 s) with room to spare. */
const PAGE_TIMEOUT_MS = 40_000;

/** One page as the engine read it in Chromium. */
export interface BrowserPage extends PageReading {
  /** The harness could not read the page: navigation failed or timed out, the tab crashed, a call threw. */
  failure?: string;
  /** Uncaught errors of the page's own scripts (their first lines). */
  scriptErrors: string[];
  /** Navigations away that the page (a script, a meta refresh) tried and that were stopped. */
  blockedNavigations: number;
  /** The load event came within LOAD_WAIT_MS. */
  loaded: boolean;
  /** How long the page took to settle, in ms. */
  settleMs: number;
}

export interface BrowserQualityRun {
  version: string;
  pages: BrowserPage[];
}

export const bundleQuality = (root: string): Promise<string> => bundleEntry(root, 'bench/quality/browser-entry.ts');

/** Read every task in Chromium, one page at a time; `done(page)` after each. */
export async function readInChromium(tasks: readonly PageTask[], bundle: string,
  { scripts = true, done = () => {} }: { scripts?: boolean; done?: (page: BrowserPage) => void } = {}): Promise<BrowserQualityRun> {
  const tab = await openCorpusTab({ scripts });
  try {
    const pages: BrowserPage[] = [];
    for (const task of tasks) {
      const page: BrowserPage = { name: task.name, ok: false, title: '', text: '', scriptErrors: [], blockedNavigations: 0, loaded: false, settleMs: 0 };
      const model = modelFor(task, task.scorer);
      const read = async (): Promise<Partial<BrowserPage>> => {
        const shown = await tab.show(task, bundle, NAVIGATION_TIMEOUT_MS);
        const { cdp, world } = shown;
        const loaded = !scripts || await readyState(shown, 'complete', LOAD_WAIT_MS);
        const settleMs = scripts ? await evaluate<number>(cdp, world, `__siftQuality.settle(${SETTLE_QUIET_MS}, ${SETTLE_MAX_MS})`, true) : 0;
        const modelArg = model === undefined ? 'undefined' : JSON.stringify(model);
        return { ...(await evaluate<Reading>(cdp, world, `__siftQuality.read(${modelArg})`)), loaded, settleMs };
      };
      try {
        // A page past its time may still answer later: only a reading in time counts.
        Object.assign(page, await withTimeout(read(), PAGE_TIMEOUT_MS, 'the page'));
      } catch (err) {
        page.failure = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      }
      const shown = tab.current;
      if (shown?.url === pageUrl(task)) {
        page.scriptErrors = [...shown.scriptErrors];
        page.blockedNavigations = shown.blockedNavigations;
      }
      if (page.failure) await tab.reset();
      pages.push(page);
      done(page);
    }
    return { version: tab.version, pages };
  } finally {
    await tab.close();
  }
}
