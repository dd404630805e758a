// A clock and timers that move only when a test says so, and a wait until nothing is left to run.
import { vi } from 'vitest';

/** Whoever set a timer: a worker or a tab that is gone takes its timers with it. */
export type Owner = { alive: boolean };

type Timer = { at: number; order: number; owner: Owner; run: () => void };

export type Clock = {
  now(): number;
  /** Runs `run` once, `ms` from now, while its owner lives. */
  after(ms: number, run: () => void, owner: Owner): void;
  /** Runs `tick` every `ms` while its owner lives; returns the way to stop. */
  every(ms: number, tick: () => void, owner: Owner): () => void;
  /**
   * Moves time on by `ms`, running each timer as it falls due and waiting for quiet after each.
   * Longer than a few minutes is a phone asleep: time jumps, and every timer due fires once, late.
   */
  advance(ms: number): Promise<void>;
};

/** 10 minutes: beyond this a move of the clock is a sleep (timers fire once, late), as a suspended phone does. */
const SLEEP_AFTER_MS = 10 * 60_000;
/** Turns after which a world that is still busy has a loop in it. */
const MAX_TURNS = 200_000;

const realSetImmediate = globalThis.setImmediate;

/** A macrotask turn that is not counted as work. */
function turn(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

/**
 * Counts the macrotasks waiting to run: fake-indexeddb, Dexie and the simulated
 * worker schedule theirs with setImmediate, so none waiting (and a turn of the
 * event loop with nothing new) means every chain of work has finished or waits
 * on a timer of the simulated clock.
 */
export type Quiet = {
  /** Resolves once nothing is left to run; throws when the world never settles. */
  settle(): Promise<void>;
  /** Marks work done outside setImmediate (a message, a request), so that settling waits a turn more. */
  touch(): void;
  restore(): void;
};

export function watchForQuiet(): Quiet {
  let waiting = 0;
  let work = 0;
  const counted = (callback: (...args: unknown[]) => void, ...args: unknown[]): NodeJS.Immediate => {
    waiting += 1;
    work += 1;
    return realSetImmediate(() => {
      waiting -= 1;
      callback(...args);
    });
  };
  vi.stubGlobal('setImmediate', counted);
  return {
    async settle() {
      // Node runs the microtasks after each task, and a task queued while tasks run waits for the next turn:
      // a whole turn in which nothing was queued and nothing touched means every chain has finished.
      for (let turns = 0; ; turns += 1) {
        if (turns > MAX_TURNS) throw new Error('the simulated world never became quiet');
        const before = work;
        await turn();
        if (waiting === 0 && work === before) return;
      }
    },
    touch() {
      work += 1;
    },
    restore() {
      vi.unstubAllGlobals();
    },
  };
}

export function createClock(start: number, quiet: Quiet): Clock {
  let now = start;
  let order = 0;
  let timers: Timer[] = [];
  vi.setSystemTime(now);

  function add(at: number, run: () => void, owner: Owner): void {
    timers.push({ at, order: (order += 1), owner, run });
  }

  function takeDue(until: number): Timer[] {
    const due = timers.filter((timer) => timer.at <= until);
    timers = timers.filter((timer) => timer.at > until);
    return due.sort((a, b) => a.at - b.at || a.order - b.order);
  }

  function setNow(time: number): void {
    now = time;
    vi.setSystemTime(now);
  }

  async function advance(ms: number): Promise<void> {
    // What runs now finishes now, and sets its timers, before time moves.
    await quiet.settle();
    const target = now + ms;
    if (ms > SLEEP_AFTER_MS) {
      setNow(target);
      for (const timer of takeDue(target)) if (timer.owner.alive) timer.run();
      await quiet.settle();
      return;
    }
    for (;;) {
      const next = timers
        .filter((timer) => timer.at <= target)
        .reduce<number | null>((at, timer) => Math.min(at ?? timer.at, timer.at), null);
      if (next === null) break;
      setNow(Math.max(now, next));
      for (const timer of takeDue(next)) if (timer.owner.alive) timer.run();
      await quiet.settle();
    }
    setNow(target);
  }

  return {
    now: () => now,
    after: (ms, run, owner) => add(now + ms, run, owner),
    every(ms, tick, owner) {
      const repeating: Owner = { alive: true };
      const schedule = (): void =>
        add(
          now + ms,
          () => {
            if (!repeating.alive || !owner.alive) return;
            schedule();
            tick();
          },
          owner,
        );
      schedule();
      return () => {
        repeating.alive = false;
      };
    },
    advance,
  };
}
