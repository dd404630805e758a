// The Firefox the second-browser journey drives: Debian's Firefox ESR, or FIREFOX_PATH, over WebDriver BiDi.
import type { LaunchOptions } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A fresh profile's first start takes ≈ 5 s, and more than puppeteer's default 30 s on a busy 2-core machine. */
export const FIREFOX_START_TIMEOUT_MS = 90_000;

/** Nothing may reach out on its own: no captive-portal or connectivity probes, no safe-browsing lists. */
const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
};

/**
 * Stock Firefox as a user has it (no SyncManager, so the queue takes the Safari-like path), headless, in a fresh
 * throwaway profile. Puppeteer's own profile already turns off updates, telemetry and first-run pages.
 */
export function firefoxLaunchOptions(prefs: Record<string, unknown> = {}): LaunchOptions {
  return {
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    timeout: FIREFOX_START_TIMEOUT_MS,
    extraPrefsFirefox: { ...QUIET_PREFS, ...prefs },
  };
}
