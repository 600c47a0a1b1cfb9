// The pipeline, one folder per stage, in the order readArticle runs them:
// clean/ (pre pass on a clone) → extract/ (Readability and the second opinion
// on its pick) → clean/ (post pass on the article's lines) and score/ (the
// boilerplate scorer, its last step) → recover/ (text put back) → result/
// (verdict, metadata, the text) → highlight/ (key quotes).
import { checkSize, deadline, DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT, DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_BUDGET_MS, TooLarge } from './budget.js';
import { collapse, countWords } from './text.js';
import type { NotAnArticle, ReadOptions, ReadResult, Removal, Timings } from './types.js';
import { REMOVED_ATTR, settleAside, stripOwnMarkers } from './clean/aside.js';
import { keepArticleRemovals, runSteps, STEPS, type CleanContext } from './clean/index.js';
import { anchorAttr } from './clean/step.js';
import { extractChecked, type Prepared } from './extract/candidate.js';
import { boilerplateStep } from './score/boilerplate.js';
import type { ScoreModel } from './score/model.js';
import SHIPPED_MODEL from './score/model.json' with { type: 'json' };
import { paragraphs, recoverMissedText } from './recover/recover.js';
import { shellSummary } from './recover/summary.js';
import { articleText } from './result/article-text.js';
import { decodeEntities } from './result/entities.js';
import { direction, language, leadImage, readingMinutes, siteNames } from './result/meta.js';
import { stripSiteName } from './result/title.js';
import { verdict } from './result/verdict.js';
import { pickHighlights } from './highlight/index.js';

const now = () => performance.now();

/**
 * readPage without its last step: `html` is the cleaned article as markup,
 * not yet sanitized. This is the engine the content script runs; the reader
 * page (popup or overlay) sanitizes what it shows, as it must with anything a
 * page's process sends, so the page never pays for a DOMPurify pass of its own
 * and content.js does not carry DOMPurify. Never mutates `doc` and never throws
 * because of what the page contains.
 */
export function readArticle(doc: Document, options: ReadOptions = {}): ReadResult {
  const t0 = now();
  const timings: Timings = { extract: 0, clean: 0, highlight: 0, total: 0 };
  const url = options.url ?? doc.URL ?? '';
  const fail = (code: NotAnArticle['code'], reason: string): NotAnArticle => {
    timings.total = now() - t0;
    return { ok: false, url, code, reason, stats: { timingsMs: timings } };
  };
  try {
    if (!doc.documentElement) return fail('empty', 'This page is empty.');
    checkSize(doc, options.maxElements ?? DEFAULT_MAX_ELEMENTS, options.maxDepth ?? DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT);
    const inTime = deadline(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, t0);
    // Clone and pre-clean; the second opinion on Readability's pick may ask for another clone.
    const prepare = (): Prepared => {
      const clone = doc.cloneNode(true) as Document;
      if (options.url) setBase(clone, options.url);
      const ctx: CleanContext = { title: '', byline: '', removals: [], elements: () => [], aside: [], anchor: anchorAttr() };
      runSteps('pre', clone.documentElement, ctx, options.disable);
      return { clone, ctx };
    };
    let t = now();
    const prepared = prepare();
    inTime();
    const checked = extractChecked(prepared, prepare, options.disable ?? []);
    inTime();
    timings.extract = checked.readabilityMs;
    timings.clean += now() - t - checked.readabilityMs;
    let { clone, ctx } = prepared;
    let found = checked.found;
    if (!found) {
      // Readability found nothing (a forum drawn by its script, a page of short posts): a click still
      // reads, from the page's body with the pre steps done; the rules, the scorer and the verdict judge it.
      const fresh = prepare();
      const body = fresh.clone.body;
      // A saved shell its scripts would fill holds no text at all: nothing was refused, there is nothing to read.
      if (!body || !collapse(body.textContent ?? '')) return fail('empty', 'This page holds no text to read.');
      const root = fresh.clone.createElement('div');
      root.append(...body.childNodes);
      ({ clone, ctx } = fresh);
      found = { root, title: collapse(doc.title ?? ''), byline: '', siteName: '', publishedTime: '', lang: '', dir: '', excerpt: '' };
    }

    t = now();
    keepArticleRemovals(found.root, ctx);
    // Meta-tag text as a reader should see it: references decoded, the site's name out of the title.
    const siteName = collapse(decodeEntities(found.siteName));
    const titled = stripSiteName(collapse(decodeEntities(found.title)), { names: [siteName, ...siteNames(doc)], url });
    ctx.title = titled.title;
    ctx.byline = found.byline;
    const model = options.scorer?.model === undefined ? (SHIPPED_MODEL as ScoreModel) : options.scorer.model;
    // The scorer goes last, after every rule step ('boilerplate' switches it off as it does a step).
    runSteps('post', found.root, ctx, options.disable, [...STEPS, boilerplateStep(found.title, found.byline, model, options.scorer?.inspect)]);
    let text = recoverMissedText(doc, clone, found.root, found.title, articleText(found.root), options.disable,
      ctx.removals.map((r) => r.text));
    if (!text) {
      timings.clean += now() - t;
      return fail('empty', 'No readable text was found on this page.');
    }
    // Read first, judge after: only a result with no prose to speak of is turned down (Show anyway reads it).
    const refused = !options.force && !verdict(found.root).article;
    // Unless the page is a shell that prints only its menus, and declares a summary of the story: that is read.
    // A page that prints nothing at all keeps "no text": on the dev corpus, the ground truth of half such pages
    // holds nothing either (wcxb-dev: 4 of 10), and reading their summaries cost more word F1 than it gained.
    const summary = refused && !(options.disable ?? []).includes('summary') ? shellSummary(doc) : [];
    if (summary.length) {
      found.root.replaceChildren(...paragraphs(clone, summary));
      // What the cleanup took from the shell's menus is not beside this text.
      ctx.removals.length = 0;
      ctx.aside.length = 0;
      text = articleText(found.root);
    }
    timings.clean += now() - t;
    if (refused && !summary.length) return fail('not-article', 'This page does not look like an article.');
    inTime();
    const lang = language(doc, found.lang);

    t = now();
    // A summary is the page's key sentences already: marking most of them says nothing.
    const highlights = summary.length ? [] : pickHighlights(found.root, text, lang);
    timings.highlight = now() - t;

    // Our wrapper marker means something only when we set it: the page's own go first.
    stripOwnMarkers(found.root, [REMOVED_ATTR]);
    settleAside(found.root, ctx.aside, ctx.removals, options.keepRemoved ?? false);
    const html = found.root.innerHTML;
    const words = countWords(text);
    timings.total = now() - t0;
    return {
      ok: true,
      url,
      title: titled.title,
      byline: collapse(decodeEntities(ctx.byline || found.byline)),
      siteName: siteName || titled.site,
      ...(summary.length ? { summaryOnly: true as const } : {}),
      publishedTime: found.publishedTime,
      lang,
      dir: direction(found.dir, lang),
      excerpt: excerptOf(decodeEntities(found.excerpt), ctx.removals, text),
      leadImage: leadImage(clone),
      html,
      text,
      highlights,
      removals: ctx.removals,
      stats: { words, readingMinutes: readingMinutes(words), timingsMs: timings },
    };
  } catch (err) {
    if (err instanceof TooLarge) return fail('too-large', 'This page is too large to read.');
    // A page must never be able to break the reader; report instead of throwing.
    return fail('error', `This page could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
}

/**
 * Readability's excerpt is the page's description or else the article's first
 * paragraph, taken before the cleanup: when the cleanup removed that
 * paragraph (a skip link, an ad label), the excerpt is the first paragraph left.
 * A copy that went (a standfirst that also opens a later paragraph) leaves the
 * text in the article, and the excerpt stays.
 */
function excerptOf(excerpt: string, removals: readonly Removal[], text: string): string {
  const e = collapse(excerpt);
  if (!e || !removals.some((r) => collapse(r.text) === e) || text.includes(e)) return e;
  return text.split('\n\n').find((p) => p.length >= 40) ?? text.split('\n\n', 1)[0] ?? '';
}

/** Make relative links in the clone resolve against `url` when the page sets no <base>. */
function setBase(clone: Document, url: string): void {
  // getElementsByTagName, not a selector: jsdom runs attribute selectors over the whole page.
  if ([...clone.getElementsByTagName('base')].some((b) => b.hasAttribute('href'))) return;
  try {
    const base = clone.createElement('base');
    base.setAttribute('href', new URL(url).href);
    (clone.head ?? clone.documentElement).prepend(base);
  } catch {
    // An invalid URL leaves links as the page wrote them.
  }
}
