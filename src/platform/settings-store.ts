import { normalize, type Settings } from '../reader/settings.js';
import { browser } from './browser.js';

/**
 * Reader settings in storage.sync under one key, so they follow the reader
 * across devices and every open view (popup, overlay, reader tab) sees a change.
 */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return normalize(stored[KEY]);
  } catch {
    // storage.sync can be off (enterprise policy, private profile): defaults still read fine.
    return normalize(undefined);
  }
}

/**
 * What this view saved and has not yet heard back. storage.onChanged reports
 * our own writes too, late: while a slider moves 19 → 20 → 21, the echo of
 * "20" must not pull the slider back.
 */
const pending: string[] = [];

export function saveSettings(settings: Settings): void {
  pending.push(JSON.stringify(settings));
  browser.storage.sync.set({ [KEY]: settings }).catch(() => {
    // Not saved: the change still applies to the open view.
  });
}

/** Calls `onChange` whenever another view saves settings; returns the function that stops listening. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !changes[KEY]) return;
    const next = normalize(changes[KEY].newValue);
    const own = pending.indexOf(JSON.stringify(next));
    if (own >= 0) {
      pending.splice(0, own + 1); // our write, and any older ones, are settled
      return;
    }
    onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The system colour scheme now, and a way to follow it ("system" theme). */
export function watchDarkScheme(win: Window, onChange: (dark: boolean) => void): { readonly dark: boolean; stop(): void } {
  const query = win.matchMedia?.('(prefers-color-scheme: dark)');
  const listener = (e: MediaQueryListEvent) => onChange(e.matches);
  query?.addEventListener('change', listener);
  return {
    // Read live: a view asks again whenever it repaints, after the scheme may have changed.
    get dark() { return query?.matches ?? false; },
    stop: () => query?.removeEventListener('change', listener),
  };
}
