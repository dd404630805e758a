// A small client-side router over the History API: in-app addresses work offline via the SW.
import { h, type AnchorHTMLAttributes, type ComponentChildren, type JSX, type TargetedMouseEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type Location = { path: string; query: URLSearchParams };

/** What every screen receives: the named parts of its address and the query string. */
export type ScreenProps = { params: Record<string, string>; query: URLSearchParams };

const listeners = new Set<() => void>();

function currentLocation(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

/** Goes to an in-app address without a page load. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  if (!options.replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const update = (): void => setLocation(currentLocation());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

/** Matches '/verdicts/:id' against a path; the named parts, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index += 1) {
    const expected = patternParts[index] ?? '';
    const actual = pathParts[index] ?? '';
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) return null;
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string; children?: ComponentChildren };

/** An anchor that navigates in-app on a plain click, and behaves as a link otherwise. */
export function Link({ href, onClick, ...rest }: LinkProps): JSX.Element {
  return h('a', {
    ...rest,
    href,
    onClick: (event: TargetedMouseEvent<HTMLAnchorElement>) => {
      if (typeof onClick === 'function') onClick(event);
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      navigate(href);
    },
  });
}
