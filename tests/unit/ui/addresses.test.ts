// The route table: every address the app links to is one the router matches, and builders escape ids.
import { describe, expect, it } from 'vitest';
import { paths, ROUTE_TABLE, SECTIONS, withQuery } from '@/ui/addresses';
import { matchPath } from '@/ui/router';

function routeOf(path: string): string | undefined {
  return ROUTE_TABLE.find((route) => matchPath(route.pattern, path.split('?')[0] ?? ''))?.name;
}

describe('the route table', () => {
  it('matches every built address to the route it was built from', () => {
    expect(routeOf(paths.home())).toBe('home');
    expect(routeOf(paths.kioskSetup())).toBe('home');
    expect(routeOf(paths.problems())).toBe('problems');
    expect(routeOf(paths.draft('d-1'))).toBe('draft');
    expect(routeOf(paths.ticket('t-1'))).toBe('ticket');
    expect(routeOf(paths.devices())).toBe('devices');
    expect(routeOf(paths.newDevice())).toBe('newDevice');
    expect(routeOf(paths.editDevice('x-1'))).toBe('editDevice');
    expect(routeOf(paths.check())).toBe('check');
    expect(routeOf(paths.verdicts())).toBe('verdicts');
    expect(routeOf(paths.verdict('approved'))).toBe('verdict');
    expect(routeOf(paths.help())).toBe('help');
    expect(routeOf(paths.settings())).toBe('settings');
  });

  it('escapes ids, and the router gives them back as they were', () => {
    const path = paths.editDevice('a/b c');
    expect(path).toBe('/devices/a%2Fb%20c');
    expect(matchPath('/devices/:id', path)).toEqual({ id: 'a/b c' });
  });

  it('lists the start page sections, the header leaving out help', () => {
    expect(SECTIONS.map((item) => item.path)).toEqual(['/problems', '/devices', '/check', '/verdicts', '/help', '/settings']);
    expect(SECTIONS.filter((item) => item.section.nav).map((item) => item.path)).not.toContain('/help');
  });

  it('adds a query string only when there is one', () => {
    expect(withQuery('/help', '')).toBe('/help');
    expect(withQuery('/help', 'problem=x')).toBe('/help?problem=x');
  });
});
