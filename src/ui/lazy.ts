// Loads a screen's code on first use, so the first paint is only the shell.
import { h, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dataReady } from './dataReady';

type Placeholder = (failed: boolean) => JSX.Element | null;

function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: Placeholder): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyComponent(props: P): JSX.Element | null {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      // The code loads while storage opens; it shows once both are done.
      pending ??= Promise.all([load(), dataReady]).then(([value]) => value);
      let alive = true;
      pending.then(
        (value) => {
          loaded = value;
          if (alive) setComponent(() => value);
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

/** Wraps a dynamic import of a screen; shows a quiet placeholder while it loads. */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazyComponent(load, (failed) => h('p', { class: failed ? 'notice notice-error' : 'loading', role: 'status' }, failed ? '⚠' : '…'));
}

/** Wraps a dynamic import of a part of the shell (a badge, a banner): nothing shows until it is there. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazyComponent(load, () => null);
}
