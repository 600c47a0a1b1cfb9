/**
 * The only module that imports webextension-polyfill: every other part reaches
 * browser APIs through src/platform, so the core stays testable without mocks.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
