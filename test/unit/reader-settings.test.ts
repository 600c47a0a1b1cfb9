import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, normalize, resolvedTheme } from '../../src/reader/settings.js';

describe('reader settings', () => {
  it('normalize keeps valid values and replaces the rest with defaults', () => {
    expect(normalize(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalize({ theme: 'sepia', font: 'sans', size: 22, width: 40, leading: 1.8, highlights: false }))
      .toEqual({ theme: 'sepia', font: 'sans', size: 22, width: 40, leading: 1.8, highlights: false });
    expect(normalize({ theme: 'neon', font: 'comic', size: '22', highlights: 'yes' })).toEqual(DEFAULT_SETTINGS);
  });

  it('normalize clamps numbers into range and onto the slider step', () => {
    const s = normalize({ size: 99, width: 3, leading: 1.749999 });
    expect(s.size).toBe(28);
    expect(s.width).toBe(26);
    expect(s.leading).toBe(1.7);
    expect(normalize({ size: Number.NaN }).size).toBe(DEFAULT_SETTINGS.size);
  });

  it('"system" follows the colour scheme; a chosen theme does not', () => {
    expect(resolvedTheme('system', true)).toBe('dark');
    expect(resolvedTheme('system', false)).toBe('light');
    expect(resolvedTheme('sepia', true)).toBe('sepia');
  });

  it('applySettings puts theme, font and switches in data attributes and sizes in custom properties', () => {
    const { document } = new JSDOM('<div></div>').window;
    const root = document.querySelector('div')!;
    applySettings(root, { ...DEFAULT_SETTINGS, theme: 'system', font: 'sans', size: 21, width: 30, leading: 1.5, highlights: false }, true);
    expect(root.dataset).toMatchObject({ theme: 'dark', font: 'sans', highlights: 'off' });
    expect(root.style.getPropertyValue('--size')).toBe('21px');
    expect(root.style.getPropertyValue('--measure')).toBe('30em');
    expect(root.style.getPropertyValue('--leading')).toBe('1.5');
  });
});
