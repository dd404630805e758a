// Start-up work is split into tasks: between two of them the browser answers a tap or a keystroke, and draws.

type Scheduler = { yield?: () => Promise<void> };

/** Ends the current task; resolves in a new one (scheduler.yield where there is one, else a message to itself). */
export function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Not setTimeout: a tab in the background runs timers once a second at most.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
