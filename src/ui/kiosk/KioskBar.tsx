// The kiosk's customer bar: "New customer", the idle countdown, and the staff exit.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { resetForNextCustomer, stopKiosk } from '../../data/kiosk';
import type { KioskSettings } from '../../domain/schemas';
import { applyUpdate, getUpdateState } from '../../sync/swBridge';
import { paths } from '../addresses';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { kioskMessages } from '../i18n/kiosk';
import { PinField } from './PinField';

/** 30 s: long enough to notice the warning and touch the screen. */
const WARN_SECONDS = 30;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

function formatClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export function KioskBar({ kiosk }: { kiosk: KioskSettings }): JSX.Element {
  const t = useMessages(kioskMessages);
  const lang = useLang();
  const [remaining, setRemaining] = useState(kiosk.idleSeconds);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [exiting, setExiting] = useState(false);
  const lastActivity = useRef(Date.now());

  const reset = async (): Promise<void> => {
    setBusy(true);
    try {
      await resetForNextCustomer({
        updateWaiting: () => getUpdateState().updateWaiting,
        applyUpdate,
        reload: () => window.location.replace(paths.home()),
      });
    } catch (error) {
      console.error('Kiosk wipe failed', error);
      setFailed(true);
      setBusy(false);
    }
  };

  useEffect(() => {
    const onActivity = (): void => {
      lastActivity.current = Date.now();
      setRemaining(kiosk.idleSeconds);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    // A kiosk never offers to install the app to a customer.
    const noInstall = (event: Event): void => event.preventDefault();
    window.addEventListener('beforeinstallprompt', noInstall);
    const timer = window.setInterval(() => {
      const left = kiosk.idleSeconds - Math.floor((Date.now() - lastActivity.current) / 1000);
      setRemaining(Math.max(0, left));
    }, 1000);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      window.removeEventListener('beforeinstallprompt', noInstall);
      window.clearInterval(timer);
    };
  }, [kiosk.idleSeconds]);

  useEffect(() => {
    if (remaining === 0 && !busy && !exiting) void reset();
    // reset is stable enough: it only reads state setters.
  }, [remaining, busy, exiting]);

  return (
    <div class="kiosk-bar" role="region" aria-label={t.kioskOn}>
      <span class="badge">{t.kioskOn}</span>
      <span class="kiosk-countdown" aria-live="off">
        {t.resetIn(localDigits(formatClock(remaining), lang))}
      </span>
      <button type="button" onClick={() => void reset()} disabled={busy}>
        {busy ? t.wiping : t.newCustomer}
      </button>
      <button type="button" class="secondary" onClick={() => setExiting(true)}>
        {t.staffExit}
      </button>
      {remaining <= WARN_SECONDS && remaining > 0 ? (
        <p class="notice notice-warning" role="alert">
          {t.stillThere}
        </p>
      ) : null}
      {failed ? (
        <p class="notice notice-error" role="alert">
          {t.wipeFailed}
        </p>
      ) : null}
      {exiting ? <KioskExit onClose={() => setExiting(false)} /> : null}
    </div>
  );
}

function KioskExit({ onClose }: { onClose: () => void }): JSX.Element {
  const t = useMessages(kioskMessages);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (await stopKiosk(pin)) onClose();
    else setError(t.wrongPin);
  };
  return (
    <form class="panel kiosk-exit" onSubmit={(event) => void submit(event)} aria-labelledby="kiosk-exit-title">
      <h2 id="kiosk-exit-title">{t.exitTitle}</h2>
      <PinField id="kiosk-exit-pin" value={pin} error={error} onValue={setPin} autoFocus />
      <div class="actions">
        <button type="submit">{t.exitConfirm}</button>
        <button type="button" class="secondary" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
