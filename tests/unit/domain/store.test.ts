// The small store behind the page's shared states: it tells its listeners of each real change, until they stop listening.
import { describe, expect, it } from 'vitest';
import { createStore } from '@/domain/store';

describe('createStore', () => {
  it('holds a value and tells every listener of each change', () => {
    const store = createStore(1);
    const first: number[] = [];
    const second: number[] = [];
    store.subscribe((value) => first.push(value));
    const stop = store.subscribe((value) => second.push(value));
    store.set(2);
    stop();
    store.set(3);
    expect(store.get()).toBe(3);
    expect(first).toEqual([2, 3]);
    expect(second).toEqual([2]);
  });

  it('stays quiet when the value does not change', () => {
    const store = createStore<'saved' | 'saving'>('saved');
    const seen: string[] = [];
    store.subscribe((value) => seen.push(value));
    store.set('saved');
    store.set('saving');
    store.set('saving');
    expect(seen).toEqual(['saving']);
  });

  it('lets a listener stop listening while it is being told', () => {
    const store = createStore(0);
    const seen: number[] = [];
    const stop = store.subscribe((value) => {
      seen.push(value);
      stop();
    });
    store.subscribe((value) => seen.push(value * 10));
    store.set(1);
    store.set(2);
    expect(seen).toEqual([1, 10, 20]);
  });
});
