// The data layer, started right after the first paint: storage, the settings the shell shows, the service worker, the outbox.
import { liveQuery } from 'dexie';
import { deviceCopies } from '../data/devices';
import { draftCopies } from '../data/draftCopies';
import { getSettings, settingsCopies, updateSettings } from '../data/settings';
import { databaseCreatedAtOpen, initStorage, requestPersistence } from '../data/storage';
import { ticketCopies } from '../data/tickets';
import { appOutbox } from '../sync/appOutbox';
import { INTAKE_OFF } from '../sync/intakeMode';
import { startServiceWorker } from '../sync/swBridge';
import { keepPart } from '../sync/workerChannel';
import { markDataReady } from './dataReady';
import { isLang } from './i18n/core';
import { showSettings } from './shellSettings';
import { yieldToInput } from './yieldToInput';

/** `linkLang`: the ?lang= of the address the page opened with (the user may have moved on since). */
export async function startData(linkLang: string | null): Promise<void> {
  // The data modules were evaluated in this task: opening storage starts in the next.
  await yieldToInput();
  await initStorage();
  // Tickets and settings never put a copy back over a stored record: unless the database was made anew, the upkeep of
  // their copies (a file read per ticket) waits until the screens have drawn and the outbox has started.
  const anew = databaseCreatedAtOpen();
  const upkeep = (): Promise<unknown> => Promise.all([ticketCopies.recover(anew), settingsCopies.recover(anew)]);
  await Promise.all([draftCopies.recover(anew), deviceCopies.recover(anew), anew && upkeep()]);
  // A ?lang= link chooses the language from then on, as the switch in settings does.
  // Written only when it changes: no write at every start (a start is when a crash-restarted browser is busiest).
  if (isLang(linkLang) && linkLang !== (await getSettings().catch(() => null))?.lang) {
    await updateSettings({ lang: linkLang }).catch(() => undefined);
  }
  let kioskKept = false;
  liveQuery(getSettings).subscribe({
    next: (settings) => {
      showSettings({ lang: settings.lang, kiosk: settings.kiosk });
      // A kiosk must keep working offline: its code is kept from the first page in kiosk mode on.
      if (settings.kiosk.enabled && !kioskKept) keepPart('kiosk');
      kioskKept ||= settings.kiosk.enabled;
    },
    error: (error: unknown) => console.error('Settings could not be read', error),
  });
  // The shell's data-bound parts are loaded (their modules evaluated) before any screen shows: that work
  // must not run while someone types, or it delays the autosave's write (a keystroke is durable within 300 ms).
  await yieldToInput();
  await import('./shellParts');
  await yieldToInput();
  markDataReady();
  // The screen and the shell's parts draw first (each in a task of its own, src/ui/lazy.ts); then the worker, then the outbox.
  await yieldToInput();
  void requestPersistence();
  startServiceWorker();
  await yieldToInput();
  // With no intake (VITE_INTAKE_URL=off) nothing is ever sent: no queue, no polling, no probe.
  if (!INTAKE_OFF) appOutbox.start();
  await yieldToInput();
  if (!anew) void upkeep();
}
