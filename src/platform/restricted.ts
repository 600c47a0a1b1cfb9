/**
 * Pages extensions may not script. Checked before injecting so the reader can
 * say why instead of failing; the browser's own refusal is still caught after.
 */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'javascript:'];

/** Store hosts where browsers block content scripts; each seen refusing injection. */
const RESTRICTED_HOSTS: Array<{ host: string; path?: string; note: string }> = [
  { host: 'chromewebstore.google.com', note: 'Chrome Web Store (Chrome blocks scripting)' },
  { host: 'chrome.google.com', path: '/webstore', note: 'old Chrome Web Store address' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', note: 'Edge Add-ons store' },
  { host: 'addons.mozilla.org', note: 'Firefox Add-ons (Firefox blocks scripting)' },
];

export type RestrictedKind = 'browser-page' | 'store' | 'pdf' | null;

export function restrictedKind(url: string | undefined): RestrictedKind {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (RESTRICTED_SCHEMES.includes(u.protocol)) return 'browser-page';
  if (RESTRICTED_HOSTS.some((r) => u.hostname === r.host && (!r.path || u.pathname.startsWith(r.path)))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}
