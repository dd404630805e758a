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
