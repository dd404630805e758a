// Resolved once storage is open (src/boot.ts): screens that read stored data wait for it before they show.

let markReady: () => void = () => undefined;

export const dataReady: Promise<void> = new Promise((resolve) => {
  markReady = resolve;
});

export function markDataReady(): void {
  markReady();
}
