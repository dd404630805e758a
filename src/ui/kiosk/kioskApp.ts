// A kiosk page is its own app: the kiosk manifest (fullscreen, started at /?kiosk), larger type and targets, no install prompt.
import { useEffect } from 'preact/hooks';
import './kiosk.css';

/** public/kiosk.webmanifest: installing from a kiosk page installs "the kiosk app", not the owner's app. */
export const KIOSK_MANIFEST = '/kiosk.webmanifest';

/** While a kiosk screen is shown: swaps the kiosk manifest in, marks the page for kiosk styles, refuses install prompts. */
export function useKioskApp(): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    const ownManifest = link?.getAttribute('href') ?? null;
    link?.setAttribute('href', KIOSK_MANIFEST);
    const root = document.documentElement;
    root.classList.add('kiosk');
    // A kiosk never offers a customer to install anything; staff install from the browser's menu.
    const noInstall = (event: Event): void => event.preventDefault();
    window.addEventListener('beforeinstallprompt', noInstall);
    return () => {
      if (link && ownManifest !== null) link.setAttribute('href', ownManifest);
      root.classList.remove('kiosk');
      window.removeEventListener('beforeinstallprompt', noInstall);
    };
  }, []);
}
