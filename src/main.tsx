// Entry point: draw the shell at once, then start the data layer (storage, settings, service worker, outbox).
import { render } from 'preact';
import { App } from './ui/App';
import './ui/styles/fonts.css';
import './ui/styles/app.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
root.textContent = '';
render(<App />, root);
import('./ui/boot')
  .then(({ startData }) => startData())
  .catch((error: unknown) => console.error('The app could not open its storage', error));
