import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/highlight/index.js';

const speakers = (text: string, lang = 'en') => findQuotes(text, lang).map((q) => q.speaker);

describe('speakers', () => {
  it('takes a name after the quote, either order', () => {
    expect(speakers('“We are ready for the traffic,” Ruiz said.')).toEqual(['Ruiz']);
    expect(speakers('“We are ready for the traffic,” said Tom Baker, a fisherman.')).toEqual(['Tom Baker']);
  });

  it('takes a name before the quote', () => {
    expect(speakers('Police Chief Ana Morales said: "The suspect was arrested at dawn."')).toEqual(['Police Chief Ana Morales']);
    expect(speakers('According to Ruiz, "the bridge will pay for itself within ten years."')).toEqual(['Ruiz']);
  });

  it('keeps the title with the name', () => {
    expect(speakers('“We are ready for the traffic,” said Mayor Elena Ruiz.')).toEqual(['Mayor Elena Ruiz']);
  });

  it('resolves a pronoun to the nearest person named before', () => {
    expect(speakers('Jane Doe, 45, has lived by the harbour for years. "It floods every spring," she said.')).toEqual(['Jane Doe']);
    const text = 'Harbour master Tom Baker watched the water rise. “We have never seen it this high,” he said.';
    expect(speakers(text)).toEqual(['Tom Baker']);
  });

  it('gives a short name its full form', () => {
    const text = 'Mayor Elena Ruiz opened the bridge. Later, “the ferries can rest now,” Ruiz said.';
    expect(speakers(text)).toEqual(['Mayor Elena Ruiz']);
  });

  it('skips a person of the other gender', () => {
    const text = 'Prince Harry met Mayor Ana Ruiz, who spoke first. "We are proud of this town," she said.';
    expect(speakers(text)).toEqual(['Mayor Ana Ruiz']);
  });

  it('keeps an anonymous description as written', () => {
    expect(speakers('“The council will fold,” said one official in the town hall.')).toEqual(['one official in the town hall']);
  });

  it('has no speaker when no one is named', () => {
    expect(speakers('“The council will fold within a week,” it was rumoured.')).toEqual([undefined]);
  });
});
