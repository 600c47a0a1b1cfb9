import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/core/index.js';
import { collectLines, linkDensity } from '../../src/core/clean/lines.js';
import { FEATURE_NAMES, lineFeatures, WORD_FEATURES } from '../../src/core/score/features.js';
import { logOdds, maxLogOdds, probability, strongest, type ScoreModel } from '../../src/core/score/model.js';
import SHIPPED from '../../src/core/score/model.json' with { type: 'json' };

const LD = FEATURE_NAMES.indexOf('link_density');
const ROOT_HTML = `<div>
  <p>The council met for eleven hours on Tuesday and voted to build the barrier across the harbour.</p>
  <p><a href="/a">Politics</a> <a href="/b">Harbour news</a> <a href="/c">More stories</a></p>
  <figure><figcaption><a href="/p">Photo: the harbour at dusk</a></figcaption></figure>
  <pre>const x = 1;</pre>
</div>`;

function root(html = ROOT_HTML): Element {
  return new JSDOM(html).window.document.body.firstElementChild!;
}

/** One tree: a line whose link density is over one half is boilerplate. */
function linkModel(threshold = 0.5): ScoreModel {
  return {
    features: [...FEATURE_NAMES], base: 0, threshold,
    trees: [[LD, 0.5, -4, 4]], storyMedian: FEATURE_NAMES.map(() => 0),
  };
}

describe('line features', () => {
  it('give one value per named feature, for every line', () => {
    const r = root();
    const rows = lineFeatures(r, collectLines(r), { title: 'Barrier', byline: '' }).rows;
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.features).toHaveLength(FEATURE_NAMES.length);
    expect(rows[0]!.features[LD]).toBe(0);
    expect(rows[1]!.features[LD]).toBe(1);
  });

  it('exempt captions, code and quoted blocks: a scorer never takes them', () => {
    const r = root();
    const rows = lineFeatures(r, collectLines(r), { title: '', byline: '' }).rows;
    expect(rows.map((x) => x.exempt)).toEqual([false, false, true, true]);
    const q = root('<div><blockquote><p>A post.</p>&mdash; Ana (@ana) May 3</blockquote></div>');
    expect(lineFeatures(q, collectLines(q), { title: '', byline: '' }).rows.every((x) => x.exempt)).toBe(true);
  });

  it('leave the word features unknown when lazy, and complete them to what an eager pass gives', () => {
    const r = root();
    const fx = { title: 'The harbour barrier', byline: '' };
    const eager = lineFeatures(r, collectLines(r), fx).rows.map((x) => x.features);
    const lazy = lineFeatures(r, collectLines(r), fx, true);
    const own = ['stop_share', 'cap_share', 'title_likeness'].map((f) => FEATURE_NAMES.indexOf(f));
    for (const row of lazy.rows) for (const k of own) expect(row.features[k]).toBeNaN();
    lazy.rows.forEach((_, i) => lazy.complete(i));
    expect(lazy.rows.map((x) => x.features)).toEqual(eager);
    expect(eager.flat().some((v) => Number.isNaN(v))).toBe(false);
  });

  it('give the link density linkDensity gives', () => {
    const r = root(`<div><p>Read <a href="/a">the <b>report</b></a> and <span><a href="/b">this</a> too</span></p>
      <a href="/c"><span>Inside</span> a link</a><p><a href="/d">All linked</a></p></div>`);
    const lines = collectLines(r);
    const rows = lineFeatures(r, lines, { title: '', byline: '' }).rows;
    expect(rows.map((x) => x.features[LD])).toEqual(lines.map((l) => linkDensity(l)));
    expect(rows.map((x) => Math.round(Math.expm1(x.features[FEATURE_NAMES.indexOf('log_links')]!)))).toEqual([2, 1, 1]);
  });
});

describe('the model', () => {
  it('walks each tree to a leaf and sums the leaves with the base', () => {
    const m = linkModel();
    const x = FEATURE_NAMES.map(() => 0);
    expect(logOdds(m, x)).toBe(-4);
    x[LD] = 0.9;
    expect(logOdds(m, x)).toBe(4);
    expect(probability(m, x)).toBeGreaterThan(0.98);
  });

  it('bounds the log-odds of a line whose word features are unknown by every value they could take', () => {
    const x = SHIPPED.features.map((_, i) => (i % 3) / 2);
    const known = logOdds(SHIPPED as ScoreModel, x);
    expect(maxLogOdds(SHIPPED as ScoreModel, x)).toBe(known);
    const unknown = [...x];
    for (const k of WORD_FEATURES) unknown[k] = NaN;
    const bound = maxLogOdds(SHIPPED as ScoreModel, unknown);
    for (const v of [0, 0.1, 0.25, 0.5, 0.75, 1]) {
      const y = [...x];
      for (const k of WORD_FEATURES) y[k] = v;
      expect(logOdds(SHIPPED as ScoreModel, y)).toBeLessThanOrEqual(bound);
    }
  });

  it('names the feature that made a line boilerplate', () => {
    const x = FEATURE_NAMES.map(() => 0);
    x[LD] = 1;
    expect(strongest(linkModel(), x)[0]).toEqual({ index: LD, drop: 8 });
  });

  it('ships a model trained on the features the core computes today', () => {
    expect(SHIPPED.features).toEqual(FEATURE_NAMES);
    expect(JSON.stringify(SHIPPED).length).toBeLessThan(60 * 1024);
  });
});

describe('the boilerplate step in readPage', () => {
  const story = (n: number) => Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i + 1} of the story says what the council decided, why it matters, and who will pay for the new barrier.</p>`).join('');
  const html = `<!doctype html><html><head><title>Barrier</title></head><body><article><h1>Barrier</h1>${story(3)}
    <p><a href="/x">Politics</a> · <a href="/y">Harbour</a> · <a href="/z">Weather</a></p>${story(2)}</article></body></html>`;
  const read = (options: Parameters<typeof readPage>[1]) => {
    const w = new JSDOM(html, { url: 'https://news.example/a' }).window;
    return readPage(w.document, { window: w as unknown as Window & typeof globalThis, ...options });
  };

  it('removes what the model is sure of, logs it with its reason, and can be switched off', () => {
    const r = read({ scorer: { model: linkModel() } });
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).not.toContain('Politics');
    const removal = r.removals.find((x) => x.step === 'boilerplate');
    expect(removal?.text).toContain('Politics');
    expect(removal?.reason).toMatch(/^boilerplate score 0\.98: link density 0\.9/);
    const off = read({ scorer: { model: linkModel() }, disable: ['boilerplate'] });
    expect(off.ok && off.text).toContain('Politics');
  });

  it('keeps everything when the model would take the whole article, or was trained on other features', () => {
    const all = read({ scorer: { model: { ...linkModel(), trees: [4] } } });
    expect(all.ok && all.text).toContain('Paragraph 1');
    const stale = read({ scorer: { model: { ...linkModel(), features: ['something_else'] } } });
    expect(stale.ok && stale.text).toContain('Politics');
  });
});
