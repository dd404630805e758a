// Entry point: draw the shell at once, then start the data layer (storage, settings, service worker, outbox).
import { render } from 'preact';
import { App, showLanguage } from './ui/App';
import { markDataFailed } from './ui/dataReady';
import { isLang } from './ui/i18n/core';
import { shellSettings } from './ui/shellSettings';
import './ui/styles/fonts.css';
import './ui/styles/app.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// The first paint is already in the page's language and direction: nothing flips afterwards.
const queryLang = new URLSearchParams(window.location.search).get('lang');
showLanguage(isLang(queryLang) ? queryLang : shellSettings.get().lang);
root.textContent = '';
render(<App />, root);
import('./ui/boot')
  .then(({ startData }) => startData())
  .catch((error: unknown) => {
    console.error('The app could not open its storage', error);
    markDataFailed(error);
  });
