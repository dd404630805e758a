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

/**
 * Resolves once the page's first content is on screen (the browser's first-contentful-paint entry, which comes once
 * that frame is shown), or after 500 ms where none comes (a tab opened in the background paints nothing) or where the
 * browser reports no paint timing.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const supported = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint');
    const observer = supported
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length > 0) done();
        })
      : undefined;
    const timer = setTimeout(done, 500);
    function done(): void {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    observer?.observe({ type: 'paint', buffered: true });
  });
}

/**
 * Resolves once the frame being drawn now is on screen: two animation frames on, or after 100 ms where there are none
 * (a tab in the background draws nothing). Whichever comes second finds the promise settled already.
 */
export function afterFrameShown(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}
