// Staff turn kiosk mode on: set a PIN and the idle time, then "Start kiosk".
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { startKiosk } from '../../data/kiosk';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { kioskMessages } from '../i18n/kiosk';
import { navigate } from '../router';
import { PinField } from './PinField';
import { paths } from '../addresses';

const IDLE_MINUTES = [1, 2, 3, 5, 10];

export function KioskSetup(): JSX.Element {
  const t = useMessages(kioskMessages);
  const lang = useLang();
  const [pin, setPin] = useState('');
  const [minutes, setMinutes] = useState(3);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!(await startKiosk(pin, minutes * 60))) {
      setError(t.pinInvalid);
      document.getElementById('kiosk-pin')?.focus();
      return;
    }
    navigate(paths.home(), { replace: true });
  };

  return (
    <section aria-labelledby="kiosk-title">
      <h1 id="kiosk-title">{t.setupTitle}</h1>
      <p class="lead">{t.setupIntro}</p>
      <form class="panel" onSubmit={(event) => void submit(event)} noValidate>
        <PinField
          id="kiosk-pin"
          value={pin}
          error={error}
          hint={t.pinHint}
          onValue={(value) => {
            setPin(value);
            setError(null);
          }}
        />
        <div class="field">
          <label for="kiosk-idle">{t.idleMinutes}</label>
          <select id="kiosk-idle" value={String(minutes)} onChange={(event) => setMinutes(Number(event.currentTarget.value))}>
            {IDLE_MINUTES.map((value) => (
              <option key={value} value={String(value)}>
                {localDigits(value, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit">{t.startKiosk}</button>
        </div>
      </form>
    </section>
  );
}
