/**
 * Reader settings: what they may be, their defaults, and how they become CSS
 * on the reader root. Storage lives in src/platform/settings-store.ts; this
 * file is pure so that jsdom tests and every view share one definition.
 */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans'] as const;
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];

export interface Settings {
  theme: Theme;
  font: Font;
  /** Text size in px. */
  size: number;
  /** Line width (measure) in em. */
  width: number;
  /** Line height, unitless. */
  leading: number;
  highlights: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system', font: 'serif', size: 19, width: 36, leading: 1.6, highlights: true,
});

/** Bounds and steps of the three number settings, shared by the controls and `normalize`. */
export const RANGES = {
  size: { min: 14, max: 28, step: 1 },
  width: { min: 26, max: 50, step: 2 },
  leading: { min: 1.3, max: 2.1, step: 0.1 },
} as const;

function clampNumber(value: unknown, key: keyof typeof RANGES): number {
  const { min, max, step } = RANGES[key];
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(n)) return DEFAULT_SETTINGS[key];
  const stepped = Math.round((n - min) / step) * step + min;
  return Math.round(Math.min(max, Math.max(min, stepped)) * 100) / 100;
}

/** Whatever storage holds (another version's keys, a hand-edited value) becomes valid settings. */
export function normalize(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : DEFAULT_SETTINGS.theme,
    font: FONTS.includes(r.font as Font) ? (r.font as Font) : DEFAULT_SETTINGS.font,
    size: clampNumber(r.size, 'size'),
    width: clampNumber(r.width, 'width'),
    leading: clampNumber(r.leading, 'leading'),
    highlights: typeof r.highlights === 'boolean' ? r.highlights : DEFAULT_SETTINGS.highlights,
  };
}

/** The theme actually shown: "system" follows the browser's colour scheme. */
export function resolvedTheme(theme: Theme, prefersDark: boolean): Exclude<Theme, 'system'> {
  if (theme !== 'system') return theme;
  return prefersDark ? 'dark' : 'light';
}

/** Puts `settings` on the reader root: data attributes for the theme and switches, custom properties for sizes. */
export function applySettings(root: HTMLElement, settings: Settings, prefersDark: boolean): void {
  root.dataset.theme = resolvedTheme(settings.theme, prefersDark);
  root.dataset.font = settings.font;
  root.dataset.highlights = settings.highlights ? 'on' : 'off';
  root.style.setProperty('--size', `${settings.size}px`);
  root.style.setProperty('--measure', `${settings.width}em`);
  root.style.setProperty('--leading', String(settings.leading));
}
