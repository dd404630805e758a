// Settled once storage is open (src/ui/boot.ts): screens that read stored data wait for it before they show.

let settle: { ready: () => void; failed: (error: unknown) => void } = { ready: () => undefined, failed: () => undefined };

export const dataReady: Promise<void> = new Promise((resolve, reject) => {
  settle = { ready: resolve, failed: reject };
});
// A failure is shown by each waiting part (src/ui/lazy.ts); this keeps it from also being an unhandled rejection.
dataReady.catch(() => undefined);

export function markDataReady(): void {
  settle.ready();
}

/** Storage could not be opened at all: the parts waiting for it say so instead of waiting for ever. */
export function markDataFailed(error: unknown): void {
  settle.failed(error);
}

/**
 * A screen that reads nothing stored (the IMEI check, the verdict guide) draws before the data layer starts: its code
 * would otherwise wait behind the data layer's libraries, for the network and for the main thread. Such a screen holds
 * the start while it loads (src/ui/lazy.ts) and releases it once drawn, or once its code failed to load.
 */
let firstScreen: { shown: Promise<void>; release: () => void } | null = null;

export function holdDataStart(): void {
  if (firstScreen) return;
  let release = (): void => undefined;
  const shown = new Promise<void>((resolve) => {
    release = resolve;
  });
  firstScreen = { shown, release };
}

export function releaseDataStart(): void {
  firstScreen?.release();
}

/** Settles once the screen that held the start has drawn; at once when none did. */
export function dataStartReleased(): Promise<void> {
  return firstScreen?.shown ?? Promise.resolve();
}
