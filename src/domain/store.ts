// A value that others can read and be told about when it changes: the page's small shared states (storage health, an update waiting, …).

export type Store<T> = {
  get(): T;
  set(next: T): void;
  /** Calls `listener` with every new value; returns the way to stop. */
  subscribe(listener: (value: T) => void): () => void;
};

/** A store that tells its listeners only when the value really changes (by `Object.is`). */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next: T): void {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener: (value: T) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
