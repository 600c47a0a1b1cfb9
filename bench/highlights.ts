/**
 * `npm run bench:highlights`: how well the highlighter finds direct quotes and
 * their speakers, scored against the hand labels in test/highlights/quotes.json
 * (50 corpus pages; labelling rules in test/highlights/README.md), and what
 * the highlight stage costs.
 *
 * Each labelled page is read from <corpus>/snippets/pages/<name>.html with
 * loadPage and readPage({force: true}) as bench/quality does (with the page's
 * address from snippets/ground-truth.json when it has one). The quote detector
 * runs on the article text readPage returns: `findQuotes(result.text, lang)`
 * gives every quote it finds, not only the 3 to 7 picked as highlights.
 *
 * Matching a detected quote to a label:
 *  - both sides are normalised: lowercase, quote marks and punctuation
 *    removed, white space collapsed;
 *  - a split quote is compared with its parts joined ("A" + continues);
 *  - they match when one contains the other, or when the shorter one's words
 *    are at least 80% present in the longer one;
 *  - a label with `continues` also matches a detection that covers its first
 *    span only; the detector is expected to join the parts itself, so a second
 *    detection of the same label is not a match;
 *  - pairs are made one to one, best first.
 * Precision = matched detections / all detections; recall = matched labels /
 * all labels. Speaker accuracy is over matched pairs whose label names a
 * speaker (speaker null is left out): right when the detected speaker holds
 * the label's last word ("Levy" or "Acting U.S. Attorney Joshua Levy" for
 * "Joshua Levy", case-insensitive), or, for a description label (lowercase or
 * starting with an article: "one GOP operative in the state"), when the two
 * are the same after normalising.
 *
 * Cost: stats.timingsMs.highlight / stats.timingsMs.extract per page (median)
 * and summed over all pages (total). Targets: precision ≥ 0.95, recall ≥ 0.90,
 * speaker accuracy ≥ 0.90, cost ≤ 10%.
 *
 * Exit codes: 0 done (with --check: all four targets met), 1 --check and a target
 * missed, 2 usage error, corpus or labels missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs } from './flags.js';
import { parseArgs, USAGE } from './highlights/args.js';
import { evaluatePage, type PageLabels, type PageScore } from './highlights/evaluate.js';
import { cost, formatReport, meetsTargets, totals } from './highlights/report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), parseArgs, USAGE);
  if (typeof args === 'number') return args;
  const corpus = args.corpus ? resolve(args.corpus) : resolve(ROOT, '..', 'shared', 'corpus');
  const pagesDir = join(corpus, 'snippets', 'pages');
  if (!existsSync(pagesDir)) {
    console.error(`corpus not found: no ${pagesDir} (pass --corpus PATH, the folder holding snippets/pages/)`);
    return 2;
  }
  const labelsFile = args.labels ? resolve(args.labels) : join(ROOT, 'test', 'highlights', 'quotes.json');
  if (!existsSync(labelsFile)) {
    console.error(`labels not found: ${labelsFile}`);
    return 2;
  }
  const labels = (JSON.parse(readFileSync(labelsFile, 'utf8')) as { pages: Record<string, PageLabels> }).pages;
  const gtFile = join(corpus, 'snippets', 'ground-truth.json');
  const gt = existsSync(gtFile) ? (JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, { url?: string }>) : {};

  const scores: PageScore[] = [];
  const missing: string[] = [];
  for (const [name, page] of Object.entries(labels)) {
    const file = join(pagesDir, `${name}.html`);
    if (!existsSync(file)) {
      missing.push(name);
      continue;
    }
    scores.push(await evaluatePage(name, file, gt[`${name}.html`]?.url ?? '', page));
  }
  if (!scores.length) {
    console.error(`none of the ${Object.keys(labels).length} labelled pages is in ${pagesDir}`);
    return 2;
  }
  console.log(formatReport(scores, args.verbose));
  if (missing.length) console.log(`\n${missing.length} labelled page(s) missing from the corpus: ${missing.join(', ')}`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ totals: totals(scores), cost: cost(scores), pages: scores }, null, 1)}\n`);
  return args.check && !meetsTargets(scores) ? 1 : 0;
}

process.exitCode = await main();
