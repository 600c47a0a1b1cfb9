/**
 * The one place where per-browser manifest differences live. Everything that
 * can serve both browsers stays in ../manifest.json.
 */
import baseManifest from '../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export interface ManifestOptions {
  target: Target;
  version: string;
  /** Test builds may reach the localhost fixture server; shipped builds never carry this. */
  test?: boolean;
}

/** Firefox add-on id; also the key the e2e tests use to pin the moz-extension:// UUID. */
export const GECKO_ID = 'sift-reader@sift-reader.org';
/**
 * Firefox 140 (the current ESR) is the first to read data_collection_permissions,
 * which new add-ons must declare; 142 on Android.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';
export const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

type Manifest = typeof baseManifest & Record<string, unknown>;

export function buildManifest({ target, version, test = false }: ManifestOptions): Record<string, unknown> {
  const m: Manifest = structuredClone(baseManifest) as Manifest;
  m.version = version;
  if (target === 'chrome') {
    // Chrome: the toolbar click opens the popup.
    m.action = { ...m.action, default_popup: 'popup.html' } as Manifest['action'];
    m.background = { service_worker: 'background.js' };
  } else {
    // Firefox: no popup, so the click reaches the background, which opens the overlay.
    // Firefox does not run MV3 service workers; it wants background.scripts.
    m.background = { scripts: ['background.js'] } as unknown as Manifest['background'];
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    };
  }
  if (test) m.host_permissions = TEST_HOST_PERMISSIONS;
  return m;
}
