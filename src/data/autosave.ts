// Writes what the user types soon after every change, and at once when the page may be killed.
import { createStore } from '../domain/store';
import { reportWriteError, reportWriteOk } from './storage';

/** What the UI shows next to a form: "Saved", "Saving…", "Not saved yet", "Could not save". */
export type AutosaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export type Autosaver<T> = {
  /** Takes the latest value; it is written at most `delayMs` after this change. */
  update(value: T): void;
  /** Writes the latest value now; resolves when it is written or has failed (never rejects). */
  flush(): Promise<void>;
  /** Writes what is pending, then stops listening to the page; resolves when that write is done. */
  dispose(): Promise<void>;
  readonly state: AutosaveState;
  subscribe(listener: (state: AutosaveState) => void): () => void;
};

// Every keystroke must be durable 300 ms after it is typed, even if the browser is killed
// then: the write starts within 100 ms, leaving two thirds for IndexedDB (and a write still running) on a slow phone.
const DEFAULT_DELAY_MS = 100;
// A failed write (storage full, a blip) is retried by itself, backing off to 30 s,
// as well as on the next change and whenever the page is hidden.
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * The delay is a deadline, not a debounce that restarts on each keystroke: someone
 * typing without pause still has every change stored within `delayMs`. One write
 * runs at a time, so a slow write can never land after a newer one.
 */
export function createAutosaver<T>(
  // Promise<unknown>, not Promise<void>: a repository's save (e.g. saveDraft) fits as it is.
  save: (value: T) => Promise<unknown>,
  delayMs = DEFAULT_DELAY_MS,
  /**
   * A write issued synchronously when the page is being hidden or unloaded: Chromium
   * drops an IndexedDB transaction that still has to wait for a read at that moment.
   */
  saveNow?: (value: T) => void,
): Autosaver<T> {
  let pending: { value: T } | null = null;
  /** When the oldest change not yet being written was made (Date.now()). */
  let pendingSince: number | undefined;
  let inFlight: { value: T } | null = null;
  let writing: Promise<void> | null = null;
  let failures = 0;
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const state = createStore<AutosaveState>('saved');

  function refreshState(): void {
    state.set(writing ? 'saving' : failures > 0 ? 'error' : pending ? 'unsaved' : 'saved');
  }

  function clearTimers(): void {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    retryTimer = undefined;
  }

  function scheduleRetry(): void {
    if (disposed || retryTimer !== undefined) return;
    const wait = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, wait);
  }

  // Starts writing the pending value. Called only when no write is running, and
  // synchronously, so a write begun on `pagehide` is already in IndexedDB's hands.
  function startWrite(): Promise<void> {
    const attempt = pending;
    if (attempt === null) return Promise.resolve();
    pending = null;
    pendingSince = undefined;
    inFlight = attempt;
    // Through an executor: a save that throws instead of rejecting still counts as a failed write.
    writing = new Promise<unknown>((resolve) => resolve(save(attempt.value))).then(
      () => {
        failures = 0;
        reportWriteOk();
      },
      (error: unknown) => {
        failures += 1;
        reportWriteError(error);
        // Never dropped: unless a newer value came meanwhile, this one is written next time.
        pending ??= attempt;
      },
    );
    refreshState();
    return writing.then(() => {
      writing = null;
      inFlight = null;
      refreshState();
      if (failures > 0) scheduleRetry();
      else if (overdue()) void flush();
    });
  }

  // Whether a change has waited its full delay. Checked from keystrokes and finished writes too, not only by the
  // timer: while input keeps coming, a browser may run its timers late (input goes first), and a change must
  // still be written on time.
  function overdue(): boolean {
    return pending !== null && pendingSince !== undefined && Date.now() - pendingSince >= delayMs;
  }

  async function flush(): Promise<void> {
    clearTimers();
    // A write already running may hold an older value: wait, then write the latest.
    while (writing) await writing;
    if (pending) await startWrite();
    // A change made during this write keeps its own deadline timer.
  }

  function writeBeforeUnload(): void {
    const latest = pending ?? inFlight;
    if (latest && saveNow) saveNow(latest.value);
    void flush();
  }

  function onHidden(): void {
    if (globalThis.document?.visibilityState === 'hidden') writeBeforeUnload();
  }

  function onPageHide(): void {
    writeBeforeUnload();
  }

  globalThis.document?.addEventListener?.('visibilitychange', onHidden);
  globalThis.window?.addEventListener?.('pagehide', onPageHide);

  return {
    update(value: T): void {
      pending = { value };
      pendingSince ??= Date.now();
      if (disposed || (writing === null && overdue())) {
        void flush();
        return;
      }
      timer ??= setTimeout(() => {
        timer = undefined;
        void flush();
      }, delayMs);
      refreshState();
    },
    flush,
    dispose(): Promise<void> {
      disposed = true;
      globalThis.document?.removeEventListener?.('visibilitychange', onHidden);
      globalThis.window?.removeEventListener?.('pagehide', onPageHide);
      return flush();
    },
    get state(): AutosaveState {
      return state.get();
    },
    subscribe: state.subscribe,
  };
}
