// Every in-app address and the screen it shows; screens load on first use.
import type { ComponentType } from 'preact';
import { lazyScreen } from './lazy';
import { Home } from './Home';

/** What every screen receives: the named parts of its address and the query string. */
export type ScreenProps = { params: Record<string, string>; query: URLSearchParams };

export type Route = { pattern: string; screen: ComponentType<ScreenProps> };

export const ROUTES: Route[] = [
  { pattern: '/', screen: Home },
  { pattern: '/devices', screen: lazyScreen(() => import('./devices/DeviceListScreen').then((m) => m.DeviceListScreen)) },
  { pattern: '/devices/new', screen: lazyScreen(() => import('./devices/DeviceFormScreen').then((m) => m.DeviceFormScreen)) },
  { pattern: '/devices/:id', screen: lazyScreen(() => import('./devices/DeviceFormScreen').then((m) => m.DeviceFormScreen)) },
  { pattern: '/problems', screen: lazyScreen(() => import('./problems/ProblemListScreen').then((m) => m.ProblemListScreen)) },
  { pattern: '/problems/drafts/:id', screen: lazyScreen(() => import('./wizard/TicketWizardScreen').then((m) => m.TicketWizardScreen)) },
  { pattern: '/problems/tickets/:id', screen: lazyScreen(() => import('./problems/TicketScreen').then((m) => m.TicketScreen)) },
  {
    pattern: '/problems/tickets/:id/hamta',
    screen: lazyScreen(() => import('./hamta/HamtaHandoffScreen').then((m) => m.HamtaHandoffScreen)),
  },
  { pattern: '/share', screen: lazyScreen(() => import('./share/ShareScreen').then((m) => m.ShareScreen)) },
  { pattern: '/verdicts', screen: lazyScreen(() => import('./verdicts/VerdictGuideScreen').then((m) => m.VerdictGuideScreen)) },
  { pattern: '/verdicts/:id', screen: lazyScreen(() => import('./verdicts/VerdictScreen').then((m) => m.VerdictScreen)) },
  { pattern: '/check', screen: lazyScreen(() => import('./check/ImeiCheckScreen').then((m) => m.ImeiCheckScreen)) },
  { pattern: '/help', screen: lazyScreen(() => import('./help/OtherProblemsScreen').then((m) => m.OtherProblemsScreen)) },
  { pattern: '/settings', screen: lazyScreen(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen)) },
];
