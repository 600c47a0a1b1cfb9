import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/highlight/analysis.js';
import { findStatements } from '../../src/core/highlight/statements.js';

const statements = (text: string, lang = 'en') => {
  const a = analyse(text, lang);
  return findStatements(a, a.sentences).map((s) => [s.sentence.text, s.speaker.text]);
};

describe('attributed statements in reported speech', () => {
  it('finds a named speaker opening the sentence with a verb of saying', () => {
    expect(statements('Blinken emphasized the need for a lasting ceasefire in the region.')).toEqual([
      ['Blinken emphasized the need for a lasting ceasefire in the region.', 'Blinken'],
    ]);
    expect(statements('Mayor Elena Ruiz argued that the bridge would pay for itself within ten years.')[0]?.[1]).toBe('Mayor Elena Ruiz');
  });

  it('finds "According to X," and a closing attribution', () => {
    expect(statements('According to the harbour master, the water rose faster than in any year before.')[0]?.[1]).toBe('the harbour master');
    expect(statements('Die Brücke werde sich in zehn Jahren selbst bezahlen, sagte Bürgermeisterin Elena Ruiz.', 'de')[0]?.[1])
      .toBe('Bürgermeisterin Elena Ruiz');
  });

  it('finds them in French and Spanish', () => {
    expect(statements('Le ministre Paul Martin a estimé que le chantier avait coûté trop cher.', 'fr')[0]?.[1]).toBe('ministre Paul Martin');
    expect(statements('Según el ingeniero Pedro Gómez, la obra costó menos de lo previsto este año.', 'es')[0]?.[1]).toBe('Pedro Gómez');
  });

  it('leaves out plain narrative, short sentences and sentences holding quotes', () => {
    expect(statements('The bridge opened on Monday after three years of work on the river.')).toEqual([]);
    expect(statements('Ruiz said no.')).toEqual([]);
    expect(statements('Ruiz said the bridge was “a gift to the town and its people” on Monday.')).toEqual([]);
  });
});
