// The one bridge between the page and the service worker: registration and app updates.
import { registerSW } from 'virtual:pwa-register';

export type UpdateState = { updateWaiting: boolean; offlineReady: boolean };

let state: UpdateState = { updateWaiting: false, offlineReady: false };
let applyWaitingUpdate: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<(state: UpdateState) => void>();

function setState(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

/** Registers the service worker once; safe to call again. */
export function startServiceWorker(): void {
  if (applyWaitingUpdate || !('serviceWorker' in navigator)) return;
  applyWaitingUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => setState({ updateWaiting: true }),
    onOfflineReady: () => setState({ offlineReady: true }),
    onRegisterError: (error: unknown) => console.error('Service worker registration failed', error),
  });
}

export function getUpdateState(): UpdateState {
  return state;
}

export function subscribeUpdateState(listener: (state: UpdateState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting version and reloads the page into it. */
export async function applyUpdate(): Promise<void> {
  if (applyWaitingUpdate && state.updateWaiting) await applyWaitingUpdate(true);
}

export function dismissOfflineReady(): void {
  setState({ offlineReady: false });
}
