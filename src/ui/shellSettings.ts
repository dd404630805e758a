// What the shell (header, navigation, start page) needs from the settings, before the data layer has loaded.
import type { KioskSettings } from '../domain/schemas';
import { createStore } from '../domain/store';
import { isLang, type Lang } from './i18n/core';

/** The language, remembered here too: the first paint comes before IndexedDB is open. */
const LANG_KEY = 'imei-assistant:lang';

export type ShellSettings = {
  lang: Lang;
  /** null until the stored settings are read. */
  kiosk: KioskSettings | null;
};

function rememberedLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_KEY);
    return isLang(stored) ? stored : 'fa';
  } catch {
    // Blocked storage: Persian, as the stored settings would say by default.
    return 'fa';
  }
}

export const shellSettings = createStore<ShellSettings>({ lang: rememberedLang(), kiosk: null });

/** Shows settings as read from storage (or just chosen), and remembers the language for the next first paint. */
export function showSettings(next: ShellSettings): void {
  const current = shellSettings.get();
  if (current.lang !== next.lang || current.kiosk !== next.kiosk) shellSettings.set(next);
  try {
    globalThis.localStorage?.setItem(LANG_KEY, next.lang);
  } catch {
    // Without localStorage the first paint is in Persian until the settings are read.
  }
}

/** The language switch: the shell changes at once; the stored settings follow. */
export async function switchLanguage(lang: Lang): Promise<void> {
  showSettings({ ...shellSettings.get(), lang });
  const { updateSettings } = await import('../data/settings');
  await updateSettings({ lang });
}
