// Whether the one-time "export a backup" reminder was already given on this browser.
const REMINDED_KEY = 'imei-assistant:backup-reminded';

export function wasBackupReminded(): boolean {
  try {
    return globalThis.localStorage?.getItem(REMINDED_KEY) === '1';
  } catch {
    // Blocked storage: treat it as given, so the reminder never nags on every page.
    return true;
  }
}

export function markBackupReminded(): void {
  try {
    globalThis.localStorage?.setItem(REMINDED_KEY, '1');
  } catch {
    // Nothing to remember it in; the reminder shows at most once per page load anyway.
  }
}
