// Every in-app address in one table: the router, the header navigation and the start page read it, and
// typed builders give each address, keeping the ?lang= a page was opened with.
import { isLang } from './i18n/core';
import type { shellMessages } from './i18n/shell';
import { useLocation } from './router';

type TitleKey = keyof (typeof shellMessages)['en'];

/** A section of the app: its title and hint on the start page; `nav` puts it in the header too. */
type Section = { title: TitleKey; hint: TitleKey; nav: boolean };

/** Every address, in matching order ('/devices/new' before '/devices/:id'). */
export const ROUTE_TABLE = [
  { name: 'home', pattern: '/' },
  { name: 'problems', pattern: '/problems', section: { title: 'problems', hint: 'problemsHint', nav: true } },
  { name: 'draft', pattern: '/problems/drafts/:id' },
  { name: 'ticket', pattern: '/problems/tickets/:id' },
  { name: 'devices', pattern: '/devices', section: { title: 'devices', hint: 'devicesHint', nav: true } },
  { name: 'newDevice', pattern: '/devices/new' },
  { name: 'editDevice', pattern: '/devices/:id' },
  { name: 'check', pattern: '/check', section: { title: 'imeiCheck', hint: 'imeiCheckHint', nav: true } },
  { name: 'verdicts', pattern: '/verdicts', section: { title: 'verdicts', hint: 'verdictsHint', nav: true } },
  { name: 'verdict', pattern: '/verdicts/:id' },
  { name: 'help', pattern: '/help', section: { title: 'otherProblems', hint: 'otherProblemsHint', nav: false } },
  { name: 'settings', pattern: '/settings', section: { title: 'settings', hint: 'settingsHint', nav: true } },
] as const satisfies readonly { name: string; pattern: string; section?: Section }[];

export type RouteName = (typeof ROUTE_TABLE)[number]['name'];

/** The sections in the order the start page lists them. */
export const SECTIONS: readonly { path: string; section: Section }[] = ROUTE_TABLE.flatMap((route) =>
  'section' in route ? [{ path: route.pattern, section: route.section }] : [],
);

/** The address of a route, its `:id` filled in. */
function fill(name: RouteName, id?: string): string {
  const pattern = ROUTE_TABLE.find((route) => route.name === name)?.pattern ?? '/';
  return id === undefined ? pattern : pattern.replace(':id', encodeURIComponent(id));
}

/** Typed builders for every address the app links to. */
export const paths = {
  home: (): string => fill('home'),
  problems: (): string => fill('problems'),
  draft: (id: string): string => fill('draft', id),
  ticket: (id: string): string => fill('ticket', id),
  devices: (): string => fill('devices'),
  newDevice: (): string => fill('newDevice'),
  editDevice: (id: string): string => fill('editDevice', id),
  check: (): string => fill('check'),
  verdicts: (): string => fill('verdicts'),
  verdict: (id: string): string => fill('verdict', id),
  help: (): string => fill('help'),
  settings: (): string => fill('settings'),
  /** The kiosk start address: asks staff for a PIN the first time. */
  kioskSetup: (): string => `${fill('home')}?kiosk`,
} as const;

/** `path` with `query` appended when there is one. */
export function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

/** A function giving `path` with the current ?lang= kept, so a journey begun in English stays in English. */
export function useAddress(): (path: string) => string {
  const lang = useLocation().query.get('lang');
  return (path) => (isLang(lang) ? `${path}${path.includes('?') ? '&' : '?'}lang=${lang}` : path);
}
