// Loads a screen's code on first use, so the first paint is only the shell.
import { h, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Wraps a dynamic import of a component; shows a quiet placeholder while it loads. */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P): JSX.Element {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      pending ??= load();
      let alive = true;
      pending.then(
        (value) => {
          loaded = value;
          if (alive) setComponent(() => value);
        },
        (error: unknown) => {
          console.error('Screen failed to load', error);
          pending = null;
          if (alive) setFailed(true);
        },
      );
      return () => {
        alive = false;
      };
    }, [component]);
    if (component) return h(component, props);
    return h('p', { class: failed ? 'notice notice-error' : 'loading', role: 'status' }, failed ? '⚠' : '…');
  };
}
