import { describe, expect, it } from 'vitest';
import { buildManifest, type Target } from '../../build/manifest.js';

describe.each<Target>(['chrome', 'firefox'])('%s manifest', (target) => {
  const m = buildManifest({ target, version: '1.2.3' }) as Record<string, any>;

  it('lets extension pages run only their own scripts, no remote code', () => {
    const csp = m.content_security_policy.extension_pages as string;
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('offers the overlay shortcut, with a localized description', () => {
    expect(m.commands['toggle-overlay'].suggested_key.default).toBe('Alt+Shift+R');
    expect(m.commands['toggle-overlay'].description).toBe('__MSG_cmdToggleOverlay__');
  });

  it('asks for the three permissions and nothing that runs on every page', () => {
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });
});

it('Chrome opens the popup on click; Firefox gets the click (overlay)', () => {
  expect((buildManifest({ target: 'chrome', version: '1' }) as any).action.default_popup).toBe('popup.html');
  expect((buildManifest({ target: 'firefox', version: '1' }) as any).action.default_popup).toBeUndefined();
});
