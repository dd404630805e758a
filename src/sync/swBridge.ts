// The one bridge between the page and the service worker: registration and app updates.
import { createStore, type Store } from '../domain/store';

export type UpdateState = { updateWaiting: boolean; offlineReady: boolean };

/** Whether a new version waits, and whether the app was just made ready to work offline. */
export const updateState: Store<UpdateState> = createStore<UpdateState>({ updateWaiting: false, offlineReady: false });
let started = false;

/** The built worker; `npm run dev` serves its own, as a module, from vite-plugin-pwa. */
const WORKER_URL = import.meta.env.DEV ? '/dev-sw.js?dev-sw' : '/sw.js';
const WORKER_TYPE: WorkerType = import.meta.env.DEV ? 'module' : 'classic';

function setState(patch: Partial<UpdateState>): void {
  updateState.set({ ...updateState.get(), ...patch });
}

/** A worker that finished installing: an update when another already controls the page, else the first install. */
function watchInstalling(worker: ServiceWorker): void {
  worker.addEventListener('statechange', () => {
    if (worker.state !== 'installed') return;
    if (navigator.serviceWorker.controller) setState({ updateWaiting: true });
    else setState({ offlineReady: true });
  });
}

/** Registers the service worker once; safe to call again. */
export function startServiceWorker(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  navigator.serviceWorker.register(WORKER_URL, { scope: '/', type: WORKER_TYPE }).then(
    (registration) => {
      // A version that finished installing during an earlier visit still waits.
      if (registration.waiting && navigator.serviceWorker.controller) setState({ updateWaiting: true });
      if (registration.installing) watchInstalling(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) watchInstalling(registration.installing);
      });
    },
    (error: unknown) => console.error('Service worker registration failed', error),
  );
}

export function getUpdateState(): UpdateState {
  return updateState.get();
}

/** Activates the waiting version and reloads the page into it. */
export async function applyUpdate(): Promise<void> {
  if (!updateState.get().updateWaiting) return;
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissOfflineReady(): void {
  setState({ offlineReady: false });
}
