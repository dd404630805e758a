// Entry point: draw the shell at once, then start the data layer (storage, settings, service worker, outbox).
import { render } from 'preact';
import { App, showLanguage } from './ui/App';
import { dataStartReleased, markDataFailed } from './ui/dataReady';
import { isLang } from './ui/i18n/core';
import { shellSettings, showSettings } from './ui/shellSettings';
import { afterFirstPaint, afterFrameShown, yieldToInput } from './ui/yieldToInput';
import './ui/styles/fonts.css';
import './ui/styles/app.css';
// Every screen's styles are in the first stylesheet (kiosk mode's excepted: its own, with its code). A screen with a
// stylesheet of its own would load it before its code, one more round trip before it shows.
import './ui/devices/devices.css';
import './ui/hamta/hamta.css';
import './ui/help/help.css';
import './ui/scan/scan.css';
import './ui/settings/settings.css';
import './ui/verdicts/verdicts.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// The first paint is already in the page's language and direction: nothing flips afterwards.
// A ?lang= link chooses the language from then on (src/ui/boot.ts stores it): a tap on a link without ?lang= before
// the data layer has opened stays in that language.
const queryLang = new URLSearchParams(window.location.search).get('lang');
if (isLang(queryLang)) showSettings({ ...shellSettings.get(), lang: queryLang });
showLanguage(shellSettings.get().lang);
root.textContent = '';
render(<App />, root);

/** The longest the data layer waits for a screen that reads nothing stored to draw. */
const SCREEN_FIRST_MAX_MS = 3000;

/**
 * The data layer's libraries are evaluated one per task (Dexie, then zod and the schemas, then the app's data
 * modules): one task for all of them would hold a phone's main thread for a third of a second, taps unanswered.
 */
async function startDataInSteps(): Promise<void> {
  // The shell is painted before anything of the data layer is asked for: its requests do not compete with the paint.
  await afterFirstPaint();
  // A screen that reads nothing stored draws first (src/ui/dataReady.ts); a screen whose code is slow to come does not
  // keep the outbox and the worker waiting for long.
  await Promise.race([dataStartReleased(), new Promise((resolve) => setTimeout(resolve, SCREEN_FIRST_MAX_MS))]);
  // And its frame is shown before Dexie's request starts: asked for while that frame was on its way, Dexie's download
  // counted in Lighthouse's estimate of when the screen showed.
  await afterFrameShown();
  await import('dexie').then(({ Dexie }) => Dexie);
  await yieldToInput();
  // Any module of the `schemas` chunk (vite.config.ts) evaluates all of it, zod and the records' schemas: this one has a
  // single export, so the bundle lists one for the import's module object, not the schemas' thirty.
  await import('./domain/lazySchema');
  await yieldToInput();
  const { startData } = await import('./ui/boot');
  await startData(queryLang);
}

startDataInSteps().catch((error: unknown) => {
  console.error('The app could not open its storage', error);
  markDataFailed(error);
});
