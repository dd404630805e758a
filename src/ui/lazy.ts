// Loads a screen's code on first use, so the first paint is only the shell.
import { h, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dataReady } from './dataReady';
import { yieldToInput } from './yieldToInput';

type Placeholder = (failed: boolean) => JSX.Element | null;

function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: Placeholder,
  waitForStorage = true,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyComponent(props: P): JSX.Element | null {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      // The code loads while storage opens; it shows once both are done (or, for a part that reads nothing stored,
      // as soon as its code is there).
      pending ??= waitForStorage ? Promise.all([load(), dataReady]).then(([value]) => value) : load();
      let alive = true;
      pending.then(
        (value) => {
          loaded = value;
          // Each part draws in a task of its own: the shell's parts all become ready at once when storage opens.
          void yieldToInput().then(() => {
            if (alive) setComponent(() => value);
          });
        },
        (error: unknown) => {
          console.error('Part of the app failed to load', error);
          pending = null;
          if (alive) setFailed(true);
        },
      );
      return () => {
        alive = false;
      };
    }, [component]);
    if (component) return h(component, props);
    return placeholder(failed);
  };
}

/**
 * Wraps a dynamic import of a screen; shows a quiet placeholder while it loads. A screen that reads and writes
 * nothing stored (`storage: false`: the IMEI check, the verdict guide) shows without waiting for storage to open.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { storage = true }: { storage?: boolean } = {},
): ComponentType<P> {
  return lazyComponent(
    load,
    (failed) => h('p', { class: failed ? 'notice notice-error' : 'loading', role: 'status' }, failed ? '⚠' : '…'),
    storage,
  );
}

/** Wraps a dynamic import of a part of the shell (a badge, a banner): nothing shows until it is there. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazyComponent(load, () => null);
}
