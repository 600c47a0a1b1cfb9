import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/highlight/index.js';

const first = (text: string, lang: string) => {
  const q = findQuotes(text, lang)[0];
  return q && { text: q.text, continues: q.continues, speaker: q.speaker };
};

describe('German quote marks and attribution', () => {
  it('reads „…“ with sagte and the speaker after the verb', () => {
    expect(first('„Wir sind bereit für den Verkehr“, sagte Bürgermeisterin Elena Ruiz am Montag.', 'de'))
      .toEqual({ text: 'Wir sind bereit für den Verkehr', continues: [], speaker: 'Bürgermeisterin Elena Ruiz' });
  });
  it('reads «…» with "so X" and »…« after erklärte', () => {
    expect(first('«Die Brücke ist ein Gewinn für alle», so Stadtrat Peter Gruber.', 'de')?.speaker).toBe('Stadtrat Peter Gruber');
    expect(first('Ingenieurin Lena Vogt erklärte: »Das Wasser steigt jedes Jahr weiter an.«', 'de')?.speaker).toBe('Ingenieurin Lena Vogt');
  });
  it('reads ‚…‘ single quotes and betonte with a pronoun', () => {
    const text = 'Stadtrat Peter Gruber kam spät. ‚Das war wirklich sehr knapp‘, betonte er.';
    expect(first(text, 'de')).toEqual({ text: 'Das war wirklich sehr knapp', continues: [], speaker: 'Stadtrat Peter Gruber' });
  });
});

describe('French quote marks and attribution', () => {
  it('reads « … » with inner spaces and a déclaré', () => {
    expect(first('« Nous sommes prêts pour la circulation », a déclaré la maire Elena Ruiz lundi.', 'fr'))
      .toEqual({ text: 'Nous sommes prêts pour la circulation', continues: [], speaker: 'maire Elena Ruiz' });
  });
  it('cuts the attribution the marks enclose: « A, explique X. B »', () => {
    expect(first('« Le pont est solide, explique l’ingénieur Marc Dupont. Il tiendra cent ans. »', 'fr'))
      .toEqual({ text: 'Le pont est solide,', continues: ['Il tiendra cent ans.'], speaker: 'Marc Dupont' });
  });
  it('reads selon X and an inverted a-t-il ajouté', () => {
    expect(first('Selon Marc Dupont, « le chantier a coûté moins que prévu ».', 'fr')?.speaker).toBe('Marc Dupont');
    const text = 'Le maire Paul Martin a visité le chantier. « La ville a tenu ses promesses », a-t-il ajouté.';
    expect(first(text, 'fr')?.speaker).toBe('Paul Martin');
  });
});

describe('Spanish quote marks and attribution', () => {
  it('reads “…”, dijo X', () => {
    expect(first('“Estamos listos para el tráfico”, dijo la alcaldesa Elena Ruiz el lunes.', 'es'))
      .toEqual({ text: 'Estamos listos para el tráfico', continues: [], speaker: 'alcaldesa Elena Ruiz' });
  });
  it('resolves a dropped subject (“…”, afirmó.) to the person named before', () => {
    const text = 'El ingeniero Pedro Gómez visitó la obra. “El puente aguantará cien años”, afirmó.';
    expect(first(text, 'es')?.speaker).toBe('Pedro Gómez');
  });
  it('reads según X and «…» marks', () => {
    expect(first('Según Pedro Gómez, “la obra costó menos de lo previsto”.', 'es')?.speaker).toBe('Pedro Gómez');
    expect(first('«Vamos a terminar la obra este año», aseguró la ministra Ana Torres.', 'es')?.speaker).toBe('ministra Ana Torres');
  });
});
