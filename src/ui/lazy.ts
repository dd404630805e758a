// Loads a screen's code on first use, so the first paint is only the shell.
import { h, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PartFailed } from './components/PartFailed';
import { dataReady, holdDataStart, releaseDataStart } from './dataReady';
import { yieldToInput } from './yieldToInput';

/** What shows until the part's code is there, or instead of it once it failed to load (`failed`). */
type Placeholder<P> = (failed: boolean, props: P) => JSX.Element | null;

/**
 * When a part's code loads and shows:
 * - 'at-once': at once; the data layer starts once it has drawn (a screen that reads nothing stored);
 * - 'after-storage': once storage is open (a screen of stored data, a part of the shell). Its code is evaluated
 *   after the data layer's, in tasks of their own: loaded alongside, the two were evaluated in one long task, and
 *   a second visit's code caching of them in another.
 */
type Timing = 'at-once' | 'after-storage';

function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: Placeholder<P>,
  timing: Timing,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyComponent(props: P): JSX.Element | null {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    // Asked for while the app starts: the data layer waits until this screen has drawn, failed to load, or was left.
    const holdsStart = timing === 'at-once' && !component && !failed;
    if (holdsStart) holdDataStart();
    // Each of the three ends this effect (`holdsStart` turns false, or the screen goes), and that releases the start.
    useEffect(() => (holdsStart ? releaseDataStart : undefined), [holdsStart]);
    useEffect(() => {
      if (component) return;
      pending ??= timing === 'at-once' ? load() : dataReady.then(load);
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
    return placeholder(failed, props);
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
    (failed) => (failed ? h(PartFailed, {}) : h('p', { class: 'loading', role: 'status' }, '…')),
    storage ? 'after-storage' : 'at-once',
  );
}

/**
 * Wraps a dynamic import of a part of the shell (a badge, a banner): loaded once storage is open, nothing shows until
 * then, nor if it fails to load, unless `placeholder` says otherwise.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: Placeholder<P> = () => null,
): ComponentType<P> {
  return lazyComponent(load, placeholder, 'after-storage');
}
