import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/highlight/index.js';

const quotes = (text: string, lang = 'en') => findQuotes(text, lang).map((q) => ({ text: q.text, continues: q.continues, speaker: q.speaker }));

describe('quote detection', () => {
  it('finds curly and straight double quotes with their words, without the marks', () => {
    expect(quotes('“We are ready for the traffic,” Ruiz said.')[0]?.text).toBe('We are ready for the traffic,');
    expect(quotes('"We are ready for the traffic," Ruiz said.')[0]?.text).toBe('We are ready for the traffic,');
  });

  it('leaves out scare quotes, terms and titles of works', () => {
    expect(quotes('The council praised the "colonial undertones" of the debate.')).toEqual([]);
    expect(quotes('He called it the so-called "flattening of demand" for months.')).toEqual([]);
    expect(quotes('She read “The Old Man and the Sea” on the ferry.')).toEqual([]);
  });

  it('joins a quote split by its attribution into one quote', () => {
    expect(quotes('“We are ready for the traffic,” she said, “and the ferries can rest now.”')).toEqual([
      { text: 'We are ready for the traffic,', continues: ['and the ferries can rest now.'], speaker: undefined },
    ]);
    expect(quotes('“The first part is done,” Ruiz said. “The second part takes a year.”')[0]?.continues)
      .toEqual(['The second part takes a year.']);
  });

  it('keeps a part with its own attribution separate', () => {
    const q = quotes('“The river is high tonight,” Ruiz said. “We will close the road,” she added.');
    expect(q.map((x) => x.text)).toEqual(['The river is high tonight,', 'We will close the road,']);
  });

  it('keeps a quote inside a quote in the outer one', () => {
    const q = quotes('“He told me ‘never again’ and walked away,” said Tom Baker, a fisherman.');
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe('He told me ‘never again’ and walked away,');
  });

  it('reads a quote that spans sentences as one', () => {
    const q = quotes('“The water came at night. Nobody was ready. We lost everything,” said Tom Baker.');
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe('The water came at night. Nobody was ready. We lost everything,');
  });

  it('follows a quote over paragraphs when the first one is left open', () => {
    const q = quotes('“The first part of the plan is ready.\n\n“The second part will take another year,” the engineer said.');
    expect(q).toHaveLength(1);
    expect(q[0]?.continues).toEqual(['The second part will take another year,']);
  });

  it('finds 「…」 and single ‘…’ quotes', () => {
    expect(quotes('市長は「橋は来月開通する予定です」と述べた。', 'ja')[0]?.text).toBe('橋は来月開通する予定です');
    expect(quotes('‘We will rebuild the harbour wall,’ the mayor said.')[0]?.text).toBe('We will rebuild the harbour wall,');
  });

  it('does not take apostrophes or inches for quote marks', () => {
    expect(quotes("The fishermen's union met at 5'11\" tall Tom's boat; it's the kids' favourite.")).toEqual([]);
  });

  it('never returns the same quote twice (a pull quote repeating the body)', () => {
    const text = '“The bridge will pay for itself”\n\n“The bridge will pay for itself within ten years,” Ruiz said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['The bridge will pay for itself within ten years,']);
  });
});
