// Subscribes a component to a Dexie liveQuery, so every open tab shows the same data.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { data: T | undefined; error: unknown };

/** Re-runs `query` whenever the tables it read change, in this tab or another. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setResult({ data, error: undefined }),
      error: (error: unknown) => setResult((previous) => ({ data: previous.data, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return result;
}
