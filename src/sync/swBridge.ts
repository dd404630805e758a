// The one bridge between the page and the service worker: registration and app updates.
import { registerSW } from 'virtual:pwa-register';
import { createStore, type Store } from '../domain/store';

export type UpdateState = { updateWaiting: boolean; offlineReady: boolean };

/** Whether a new version waits, and whether the app was just made ready to work offline. */
export const updateState: Store<UpdateState> = createStore<UpdateState>({ updateWaiting: false, offlineReady: false });
let applyWaitingUpdate: ((reload?: boolean) => Promise<void>) | null = null;

function setState(patch: Partial<UpdateState>): void {
  updateState.set({ ...updateState.get(), ...patch });
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
  return updateState.get();
}

/** Activates the waiting version and reloads the page into it. */
export async function applyUpdate(): Promise<void> {
  if (applyWaitingUpdate && updateState.get().updateWaiting) await applyWaitingUpdate(true);
}

export function dismissOfflineReady(): void {
  setState({ offlineReady: false });
}
