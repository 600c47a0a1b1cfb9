import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/reader/i18n.js';

const LOCALES = join(import.meta.dirname, '../../src/_locales');
const SRC = join(import.meta.dirname, '../../src');

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;

/** Every t('key') / message('key') / __MSG_key__ in the extension's sources. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|json|html)$/.test(f) && !f.includes('_locales'));
  const texts = [...files.map((f) => readFileSync(join(SRC, f), 'utf8')), readFileSync(join(SRC, '../manifest.json'), 'utf8')];
  for (const text of texts) {
    for (const m of text.matchAll(/\b(?:t|message)\('([A-Za-z]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/__MSG_(\w+)__/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/: '((?:kind|theme|font|restricted)[A-Z]\w*)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('UI strings', () => {
  const en = load('en');
  const locales = readdirSync(LOCALES);

  it('ship in English and at least one more language, each with the same keys', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThanOrEqual(2);
    for (const lang of locales) expect(Object.keys(load(lang)).sort(), lang).toEqual(Object.keys(en).sort());
  });

  it('every key the code uses exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });

  it('placeholders match across languages and no message is empty', () => {
    for (const lang of locales) {
      const msgs = load(lang);
      for (const [key, entry] of Object.entries(msgs)) {
        expect(entry.message.trim(), `${lang}/${key}`).not.toBe('');
        const names = (s: string) => [...s.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        expect(names(entry.message), `${lang}/${key}`).toEqual(names(en[key]!.message));
      }
    }
  });

  it('translator substitutes placeholders like browser.i18n.getMessage', () => {
    const t = translator(en);
    expect(t('removedCount', '7')).toBe('7 items removed');
    expect(t('minRead', ['4'])).toBe('4 min read');
    expect(translator(load('de'))('minRead', '4')).toBe('4 Min. Lesezeit');
  });
});
