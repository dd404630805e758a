// Settled once storage is open (src/ui/boot.ts): screens that read stored data wait for it before they show.

/** A promise with its settling functions (`Promise.withResolvers` is newer than the browsers the app serves). */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void } {
  let resolve = (): void => undefined;
  let reject = (_error: unknown): void => undefined;
  const promise = new Promise<void>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const storage = deferred();
export const dataReady: Promise<void> = storage.promise;
// A failure is shown by each waiting part (src/ui/lazy.ts); this keeps it from also being an unhandled rejection.
dataReady.catch(() => undefined);

export function markDataReady(): void {
  storage.resolve();
}

/** Storage could not be opened at all: the parts waiting for it say so instead of waiting for ever. */
export function markDataFailed(error: unknown): void {
  storage.reject(error);
}

/**
 * A screen that reads nothing stored (the IMEI check, the verdict guide) draws before the data layer starts: its code
 * would otherwise wait behind the data layer's libraries, for the network and for the main thread. Such a screen holds
 * the start while it loads (src/ui/lazy.ts) and releases it once drawn, or once its code failed to load or it was left.
 */
let firstScreen: ReturnType<typeof deferred> | null = null;

export function holdDataStart(): void {
  firstScreen ??= deferred();
}

export function releaseDataStart(): void {
  firstScreen?.resolve();
}

/** Settles once the screen that held the start has drawn; at once when none did. */
export function dataStartReleased(): Promise<void> {
  return firstScreen?.promise ?? Promise.resolve();
}
