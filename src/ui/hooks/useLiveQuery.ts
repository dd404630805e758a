// Subscribes a component to a Dexie liveQuery, so every open tab shows the same data.
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

export type LiveResult<T> = { data: T | undefined; error: unknown };

/**
 * Re-runs `query` whenever the tables it read change, in this tab or another,
 * and starts over when `key` changes (the id a record query is for; '' for a list).
 */
export function useLiveQuery<T>(query: () => Promise<T>, key: string | undefined): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ data: undefined, error: undefined });
  // The latest query, read when the subscription starts: callers pass a new closure on every render.
  const latestQuery = useRef(query);
  latestQuery.current = query;
  useEffect(() => {
    const subscription = liveQuery(() => latestQuery.current()).subscribe({
      next: (data) => setResult({ data, error: undefined }),
      error: (error: unknown) => setResult((previous) => ({ data: previous.data, error })),
    });
    return () => subscription.unsubscribe();
  }, [key]);
  return result;
}
