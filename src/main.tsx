// Entry point: open storage, apply ?lang=, render the app, start the service worker.
import { render } from 'preact';
import { updateSettings } from './data/settings';
import { initStorage, requestPersistence } from './data/storage';
import { appOutbox } from './sync/appOutbox';
import { startServiceWorker } from './sync/swBridge';
import { App } from './ui/App';
import { isLang } from './ui/i18n/core';
import './ui/styles/fonts.css';
import './ui/styles/app.css';

async function start(): Promise<void> {
  await initStorage();
  const lang = new URLSearchParams(window.location.search).get('lang');
  // A ?lang= link chooses the language from then on, as the switch in settings does.
  if (isLang(lang)) await updateSettings({ lang }).catch(() => undefined);
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  root.textContent = '';
  render(<App />, root);
  void requestPersistence();
  startServiceWorker();
  appOutbox.start();
}

void start();
