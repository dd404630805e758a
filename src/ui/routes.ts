// The screen each address in the route table shows; screens load on first use.
import type { ComponentType } from 'preact';
import { ROUTE_TABLE, type RouteName } from './addresses';
import { Home } from './Home';
import { lazyScreen } from './lazy';
import type { ScreenProps } from './router';

// One loader per route, even for the same screen: moving between two routes remounts the screen.
const deviceForm = (): ComponentType<ScreenProps> => lazyScreen(() => import('./devices/DeviceFormScreen').then((m) => m.DeviceFormScreen));

const SCREENS: Record<RouteName, ComponentType<ScreenProps>> = {
  home: Home,
  problems: lazyScreen(() => import('./problems/ProblemListScreen').then((m) => m.ProblemListScreen)),
  draft: lazyScreen(() => import('./wizard/TicketWizardScreen').then((m) => m.TicketWizardScreen)),
  ticket: lazyScreen(() => import('./problems/TicketScreen').then((m) => m.TicketScreen)),
  hamta: lazyScreen(() => import('./hamta/HamtaHandoffScreen').then((m) => m.HamtaHandoffScreen)),
  share: lazyScreen(() => import('./share/ShareScreen').then((m) => m.ShareScreen)),
  devices: lazyScreen(() => import('./devices/DeviceListScreen').then((m) => m.DeviceListScreen)),
  newDevice: deviceForm(),
  editDevice: deviceForm(),
  // These two read and write nothing stored: they show before storage opens.
  check: lazyScreen(() => import('./check/ImeiCheckScreen').then((m) => m.ImeiCheckScreen), { storage: false }),
  verdicts: lazyScreen(() => import('./verdicts/VerdictGuideScreen').then((m) => m.VerdictGuideScreen), { storage: false }),
  verdict: lazyScreen(() => import('./verdicts/VerdictScreen').then((m) => m.VerdictScreen)),
  help: lazyScreen(() => import('./help/OtherProblemsScreen').then((m) => m.OtherProblemsScreen)),
  settings: lazyScreen(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen)),
};

export type Route = { pattern: string; screen: ComponentType<ScreenProps> };

/** Every address and its screen, in matching order. */
export const ROUTES: readonly Route[] = ROUTE_TABLE.map((route) => ({ pattern: route.pattern, screen: SCREENS[route.name] }));
