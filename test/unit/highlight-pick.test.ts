import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/result/article-text.js';
import { howMany } from '../../src/core/highlight/pick.js';
import { pickHighlights } from '../../src/core/highlight/index.js';

function run(paragraphs: string[], lang = 'en') {
  const dom = new JSDOM(`<!doctype html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body>`);
  const root = dom.window.document.querySelector('article')!;
  const text = articleText(root);
  return { text, highlights: pickHighlights(root, text, lang) };
}

const topics = ['bridge', 'river', 'ferry', 'council', 'harbour', 'tolls', 'engineers', 'traffic', 'spring floods', 'fishermen',
  'school run', 'night buses', 'cyclists', 'market', 'tourists', 'budget', 'steel', 'concrete', 'weather', 'lighting'];

/** An article of about `n` paragraphs, each about a different thing, with a few quotes. */
function story(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const t = topics[i % topics.length]!;
    return i % 4 === 1
      ? `“The ${t} matters more than anything else in this town right now,” said Councillor Mara Lind, who chairs the ${t} committee.`
      : `The ${t} was discussed at length on day ${i + 1}, and residents described the ${t} plans as long overdue for the town.`;
  });
}

describe('picking highlights', () => {
  it('picks 3 to 7 depending on length', () => {
    expect(howMany(100)).toBe(3);
    expect(howMany(900)).toBe(5);
    expect(howMany(5000)).toBe(7);
    const short = run(story(6));
    expect(short.highlights.length).toBe(3);
    const long = run(story(90));
    expect(long.highlights.length).toBe(7);
  });

  it('copies each highlight verbatim from the text, in reading order, with a kind and a score', () => {
    const { text, highlights } = run(story(20));
    let last = -1;
    for (const h of highlights) {
      const at = text.indexOf(h.text);
      expect(at).toBeGreaterThan(last);
      last = at;
      expect(['quote', 'statement', 'key-sentence']).toContain(h.kind);
      expect(h.score).toBeGreaterThan(0);
    }
    expect(highlights.some((h) => h.kind === 'quote' && h.speaker === 'Councillor Mara Lind')).toBe(true);
  });

  it('never picks two highlights that say the same thing, nor a repeated standfirst', () => {
    const standfirst = 'The new bridge over the river opened on Monday after three years of building work.';
    const { highlights } = run([standfirst, ...story(12), standfirst]);
    const texts = highlights.map((h) => h.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t === standfirst.toLowerCase()).length).toBeLessThanOrEqual(1);
  });

  it('returns nothing rather than throwing on odd input', () => {
    const dom = new JSDOM('<p>x</p>');
    const p = dom.window.document.querySelector('p')!;
    expect(pickHighlights(p, '', 'en')).toEqual([]);
    expect(pickHighlights(p, 'Text that is not in the element at all, “said nobody in particular,” she said.', 'xx')).toEqual([]);
  });
});
