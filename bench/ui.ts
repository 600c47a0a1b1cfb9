/**
 * `npm run bench:ui`: how long a reader waits from the toolbar click until the
 * article is on screen, in headless Chromium with the test build of the
 * extension, on samples/news-page.html served from 127.0.0.1.
 *
 * One run: load the sample in the active tab; in the service worker, take the
 * wall-clock time t0 (performance.timeOrigin + now()) just before
 * chrome.action.openPopup() (the click, in effect); attach to the popup and
 * wait for its `sift:painted` performance mark (set two animation frames
 * after the article is mounted, src/popup/popup.ts). Its wall-clock time is
 * the popup's performance.timeOrigin + mark.startTime; the sample is
 * painted - t0. The popup's own share is mark.startTime: from its navigation
 * start to painted; the rest, click → popup navigation start, is Chromium's
 * own (no extension code runs before the popup page loads). One warm-up
 * run, then --runs runs, each SETTLE_MS after the page loaded.
 *
 * A benchmark, not a test: the target (median click → painted ≤ 300 ms) is
 * printed with whether it is met; only --check turns a miss into exit 1.
 * Exit codes: 0 done, 1 target missed under --check, 2 usage error, no test build or no Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../test/e2e/helpers/browsers.js';
import { launchChromium, showInActiveTab, waitFor, type Popup } from '../test/e2e/helpers/chromium.js';
import { DIST, testBuild } from '../test/e2e/helpers/paths.js';
import { PAGES, startFixtureServer } from '../test/e2e/helpers/server.js';
import { eachFlag, readArgs, UsageError } from './flags.js';
import { median, quantile } from './stats.js';

const TARGET_MEDIAN_MS = 300;
/**
 * Pause between loading the page and the click. A popup opened right after
 * the previous one closed starts about 150 ms sooner (Chromium still has its
 * window machinery warm), which no reader's click sees; after a pause of
 * 200 ms or more the figures are stable.
 */
const SETTLE_MS = 500;
const SAMPLE = 'samples/news-page.html';

const USAGE = `usage: npm run bench:ui -- [options]

  --runs N   timed runs after one warm-up (default 15)
  --json     print the figures as JSON instead of a table
  --check    exit 1 when the median click → painted time misses ${TARGET_MEDIAN_MS} ms
  --headed   a windowed Chromium (needs a display: xvfb-run -a npm run bench:ui -- --headed)
  --help     this text

Needs the test build: npm run build -- --test`;

interface UiArgs {
  runs: number;
  json: boolean;
  check: boolean;
  headed: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): UiArgs {
  const a: UiArgs = { runs: 15, json: false, check: false, headed: false, help: false };
  eachFlag(argv, (flag, take, arg) => {
    switch (flag) {
      case '--runs': {
        const n = Number(take());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--runs needs a whole number ≥ 1');
        a.runs = n;
        break;
      }
      case '--json': a.json = true; break;
      case '--check': a.check = true; break;
      case '--headed': a.headed = true; break;
      case '--help': case '-h': a.help = true; break;
      default: throw new UsageError(`unknown option ${arg}`);
    }
  });
  return a;
}

interface Run {
  /** Click (openPopup called) → article painted, wall clock. */
  clickToPainted: number;
  /** The popup's own: its navigation start → painted (the mark's startTime). */
  popupToPainted: number;
  /** Click → the popup's navigation start. */
  clickToPopup: number;
  /** Inside the popup: navigation → asking the tab (script load, settings, tab query). */
  popupToAsking: number;
  /** Asking → the tab's answer (inject the content script, readPage, message). */
  asking: number;
  /** Answer → painted (render, layout, paint). */
  answerToPainted: number;
}

interface Figures { median: number; p95: number; min: number; max: number }

/** Waits for the popup's sift:painted mark and turns it into one run's figures. */
async function timeRun(popup: Popup): Promise<Run> {
  const seen = await waitFor(() => popup.evaluate<{ origin: number; painted: number; asking: number; answered: number; state: string } | null>(`(() => {
    const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? 0;
    const painted = at('sift:painted');
    return painted ? { origin: performance.timeOrigin, painted, asking: at('sift:asking'), answered: at('sift:answered'), state: document.body.dataset.state } : null;
  })()`), 10_000, 'the sift:painted mark in the popup');
  if (seen.state !== 'article') throw new Error(`the popup shows "${seen.state}", not the article of ${SAMPLE}`);
  return {
    clickToPainted: seen.origin + seen.painted - popup.clickedAt,
    popupToPainted: seen.painted,
    clickToPopup: seen.origin - popup.clickedAt,
    popupToAsking: seen.asking,
    asking: seen.answered - seen.asking,
    answerToPainted: seen.painted - seen.answered,
  };
}

function figures(values: number[]): Figures {
  return { median: median(values), p95: quantile(values, 0.95), min: Math.min(...values), max: Math.max(...values) };
}

function table(rows: Array<[string, Figures]>): string {
  const cell = (n: number) => n.toFixed(1).padStart(8);
  return [
    `${''.padEnd(32)}${['median', 'p95', 'min', 'max'].map((h) => h.padStart(8)).join('')}`,
    ...rows.map(([name, f]) => `${name.padEnd(32)}${cell(f.median)}${cell(f.p95)}${cell(f.min)}${cell(f.max)}`),
  ].join('\n');
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), parseArgs, USAGE);
  if (typeof args === 'number') return args;
  if (!existsSync(join(DIST, 'test', 'chrome', 'manifest.json'))) {
    console.error('bench:ui needs the test build of the extension, and dist/test/chrome is missing: run `npm run build -- --test` first');
    return 2;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`bench:ui needs Chromium: ${CHROMIUM_PATH} is missing (apt-get install -y chromium, or set SIFT_E2E_CHROMIUM)`);
    return 2;
  }
  const server = await startFixtureServer();
  const browser = await launchChromium(testBuild('chrome'), { headless: !args.headed });
  const runs: Run[] = [];
  try {
    const page = browser.ctx.pages()[0] ?? await browser.ctx.newPage();
    const url = server.url(PAGES.article);
    for (let i = 0; i <= args.runs; i++) {
      await showInActiveTab(page, url);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const popup = await browser.openPopup();
      try {
        const run = await timeRun(popup);
        if (i > 0) runs.push(run); // run 0 warms up
      } finally {
        await popup.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const click = figures(runs.map((r) => r.clickToPainted));
  const met = click.median <= TARGET_MEDIAN_MS;
  if (args.json) {
    console.log(JSON.stringify({
      page: SAMPLE,
      runs: args.runs,
      warmup: 1,
      targetMedianMs: TARGET_MEDIAN_MS,
      met,
      clickToPainted: click,
      popupToPainted: figures(runs.map((r) => r.popupToPainted)),
      clickToPopup: figures(runs.map((r) => r.clickToPopup)),
      popupToAsking: figures(runs.map((r) => r.popupToAsking)),
      asking: figures(runs.map((r) => r.asking)),
      answerToPainted: figures(runs.map((r) => r.answerToPainted)),
      samples: runs,
    }, null, 2));
  } else {
    console.log(`bench:ui: toolbar click → article painted, ${args.headed ? 'windowed' : 'headless'} Chromium, ${SAMPLE}, ${args.runs} runs after 1 warm-up (ms)\n`);
    console.log(table([
      ['click → painted', click],
      ['  click → popup navigation', figures(runs.map((r) => r.clickToPopup))],
      ['  popup navigation → painted', figures(runs.map((r) => r.popupToPainted))],
      ['    navigation → asking the tab', figures(runs.map((r) => r.popupToAsking))],
      ['    inject + readPage + reply', figures(runs.map((r) => r.asking))],
      ['    reply → painted', figures(runs.map((r) => r.answerToPainted))],
    ]));
    console.log(`\ntarget: median click → painted ≤ ${TARGET_MEDIAN_MS} ms: ${met ? 'met' : 'MISSED'} (${click.median.toFixed(1)} ms)`);
  }
  return args.check && !met ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exitCode = 2;
});
