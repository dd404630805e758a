// A staff PIN form in front of a kiosk action: wrong tries counted, and the lock's countdown shown while it lasts.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PinCheck } from '../../data/kioskPin';
import { lockRemainingMs, type PinLock } from '../../domain/pinLock';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { kioskStaffMessages } from '../i18n/kioskStaff';
import { kioskMessages } from '../i18n/kiosk';
import { PinField } from './PinField';

/** m:ss, for countdowns. */
export function formatClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Seconds until PIN entry opens again, ticking once a second; 0 when open. */
function useLockSeconds(lock: PinLock | undefined): number {
  const secondsLeft = (): number => (lock ? Math.ceil(lockRemainingMs(lock, Date.now()) / 1000) : 0);
  const [seconds, setSeconds] = useState(secondsLeft);
  useEffect(() => {
    const update = (): void => setSeconds(lock ? Math.ceil(lockRemainingMs(lock, Date.now()) / 1000) : 0);
    update();
    const timer = window.setInterval(update, 1000);
    return () => window.clearInterval(timer);
  }, [lock]);
  return seconds;
}

type PinGateProps = {
  id: string;
  title: string;
  submitLabel: string;
  /** The stored lock (live from the settings), so a reload or another tab shows it too. */
  lock: PinLock | undefined;
  check: (pin: string) => Promise<PinCheck>;
  onPass: () => void;
  onClose: () => void;
};

export function PinGate({ id, title, submitLabel, lock, check, onPass, onClose }: PinGateProps): JSX.Element {
  const t = useMessages(kioskStaffMessages);
  const common = useMessages(kioskMessages);
  const lang = useLang();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const lockSeconds = useLockSeconds(lock);
  const locked = lockSeconds > 0;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (locked || checking) return;
    setChecking(true);
    try {
      const result = await check(pin);
      if (result.ok) {
        onPass();
        return;
      }
      form.reset();
      setPin('');
      setWrong(result.reason === 'wrong' ? t.wrongPin(localDigits(result.attemptsLeft, lang)) : null);
    } finally {
      setChecking(false);
    }
  };

  const error = locked ? t.locked(localDigits(formatClock(lockSeconds), lang)) : wrong;
  return (
    <form class="panel kiosk-pin-gate" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {/*
        Not a controlled field: the kiosk bar around this form re-renders on every
        keystroke (its idle countdown restarts), before the field's own input
        handler runs, and would put the previous value back into a controlled field.
      */}
      <PinField id={`${id}-pin`} error={error} onValue={setPin} autoFocus />
      <div class="actions">
        <button type="submit" disabled={locked || checking}>
          {submitLabel}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
