// The app shell: language and direction, header and navigation, the current screen.
import type { JSX } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { KioskSettings } from '../domain/schemas';
import { Logo } from './components/Logo';
import { useStore } from './hooks/useStore';
import { dirOf, isLang, LangContext, useMessages, type Lang } from './i18n/core';
import { shellMessages } from './i18n/shell';
import { paths, SECTIONS, withQuery } from './addresses';
import { lazyPart } from './lazy';
import { ROUTES } from './routes';
import { Link, matchPath, navigate, useLocation } from './router';
import { shellSettings, switchLanguage } from './shellSettings';

// Drawn once storage is open: the first paint is the header, the navigation and the screen.
const parts = (): Promise<typeof import('./shellParts')> => import('./shellParts');
const BackupReminder = lazyPart(() => parts().then((m) => m.BackupReminder));
const DemoIntakeNotice = lazyPart(() => parts().then((m) => m.DemoIntakeNotice));
const NoIntakeNotice = lazyPart(() => parts().then((m) => m.NoIntakeNotice));
const QueueBadge = lazyPart(() => parts().then((m) => m.QueueBadge));
const StorageBanner = lazyPart(() => parts().then((m) => m.StorageBanner));
const UpdatePrompt = lazyPart(() => parts().then((m) => m.UpdatePrompt));
// Kiosk mode's code is loaded (and kept by the worker) only where a kiosk is set up.
const KioskBar = lazyPart(() => import('./kiosk/kioskParts').then((m) => m.KioskBar));
const KioskSetup = lazyPart(() => import('./kiosk/kioskParts').then((m) => m.KioskSetup));

const NAV = SECTIONS.filter((item) => item.section.nav);

/** The document's language and direction (index.html starts in Persian, right to left). */
export function showLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
}

export function App(): JSX.Element {
  const location = useLocation();
  const settings = useStore(shellSettings);
  const queryLang = location.query.get('lang');
  // ?lang=en wins for this page, so a shared link opens in the language it was sent in.
  const lang: Lang = isLang(queryLang) ? queryLang : settings.lang;

  // Before the browser paints: a page drawn in one direction and then flipped moves every line on it.
  useLayoutEffect(() => showLanguage(lang), [lang]);

  return (
    <LangContext.Provider value={lang}>
      <Shell path={location.path} query={location.query} lang={lang} kiosk={settings.kiosk} />
    </LangContext.Provider>
  );
}

type ShellProps = { path: string; query: URLSearchParams; lang: Lang; kiosk: KioskSettings | null };

function LoadingScreen(): JSX.Element {
  return (
    <p class="loading" role="status">
      …
    </p>
  );
}

function Shell({ path, query, lang, kiosk }: ShellProps): JSX.Element {
  const t = useMessages(shellMessages);
  const other: Lang = lang === 'fa' ? 'en' : 'fa';
  let screen: JSX.Element | null = null;
  // The kiosk start URL (/?kiosk) asks staff for a PIN the first time.
  // Until the settings are read it is not known whether this tablet is a kiosk yet: no start page flashes by.
  if (query.has('kiosk') && !kiosk) screen = <LoadingScreen />;
  else if (kiosk && !kiosk.enabled && query.has('kiosk')) screen = <KioskSetup />;
  else
    for (const route of ROUTES) {
      const params = matchPath(route.pattern, path);
      if (params) {
        const Screen = route.screen;
        screen = <Screen params={params} query={query} />;
        break;
      }
    }

  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header class="app-header">
        <Link class="app-name" href={paths.home()}>
          <Logo />
          <span>{t.appName}</span>
        </Link>
        <button
          type="button"
          class="lang-switch"
          lang={other}
          aria-label={t.switchLanguageLabel}
          onClick={() => {
            void switchLanguage(other).catch(() => undefined);
            if (query.has('lang')) {
              query.delete('lang');
              navigate(withQuery(path, query.toString()), { replace: true });
            }
          }}
        >
          {t.switchLanguage}
        </button>
        <QueueBadge />
        <DemoIntakeNotice />
        <NoIntakeNotice />
        <nav aria-label={t.mainNav}>
          <ul>
            {NAV.map((item) => (
              <li key={item.path}>
                <Link href={item.path} aria-current={path.startsWith(item.path) ? 'page' : undefined}>
                  {t[item.section.title]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {kiosk?.enabled ? <KioskBar kiosk={kiosk} /> : null}
      <main id="main" tabIndex={-1}>
        <StorageBanner />
        <BackupReminder kiosk={kiosk?.enabled ?? true} />
        {screen ?? (
          <section>
            <h1>{t.notFound}</h1>
            <Link href={paths.home()}>{t.backHome}</Link>
          </section>
        )}
      </main>
      <UpdatePrompt />
    </>
  );
}
