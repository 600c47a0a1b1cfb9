import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/highlight/sentences.js';

const split = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('sentences', () => {
  it('splits with Intl.Segmenter, paragraph by paragraph, with offsets into the text', () => {
    const text = 'The bridge opened. Traffic returned.\n\nThe ferries rest now.';
    const s = splitSentences(text, 'en');
    expect(s.map((x) => x.text)).toEqual(['The bridge opened.', 'Traffic returned.', 'The ferries rest now.']);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(s.map((x) => x.text));
    expect(s.map((x) => x.para)).toEqual([0, 0, 1]);
  });

  it('does not break after titles, initials and months', () => {
    expect(split('Dr. Smith met Carissa F. Etienne on Jan. 5 in town. They talked.')).toEqual([
      'Dr. Smith met Carissa F. Etienne on Jan. 5 in town.', 'They talked.',
    ]);
    expect(split('Laut Prof. Weber ist das z.B. möglich. Er lacht.', 'de')).toEqual(['Laut Prof. Weber ist das z.B. möglich.', 'Er lacht.']);
  });

  it('keeps a lowercase attribution after a question with its quote', () => {
    expect(split('"Why do you care?" she asked. He left.')).toEqual(['"Why do you care?" she asked.', 'He left.']);
  });
});
