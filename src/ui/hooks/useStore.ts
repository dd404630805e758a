// Subscribes a component to a store (src/domain/store.ts): it re-renders with every new value.
import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../domain/store';

export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    // A change between the first render and this subscription is not missed.
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
