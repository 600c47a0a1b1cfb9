import { existsSync } from 'node:fs';

/** Debian's packages by default; the environment may point elsewhere. */
export const CHROMIUM_PATH = process.env.SIFT_E2E_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.SIFT_E2E_FIREFOX || '/usr/bin/firefox-esr';

/**
 * Whether a real-browser suite should be skipped. A missing browser skips the
 * suite on a developer's machine, but under CI (CI=true) the suite runs anyway
 * so that `requireBrowser` fails it: CI must notice a browser that was not installed.
 */
export function skipWithout(executable: string): boolean {
  return !existsSync(executable) && process.env.CI !== 'true';
}

/** Call first in beforeAll: turns a missing browser into a failure with a clear message. */
export function requireBrowser(executable: string): void {
  if (!existsSync(executable)) {
    throw new Error(`${executable} is not installed (apt-get install -y chromium firefox-esr); `
      + 'CI=true makes a missing browser fail the real-browser tests instead of skipping them');
  }
}
