// The owner's mobile number: typed any way (Persian digits, +98), stored as 09xxxxxxxxx.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { updateSettings } from '../../data/settings';
import { normalisePhone, type PhoneError } from '../../domain/phone';
import { Field } from '../components/Field';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { settingsMessages } from '../i18n/settings';

type Messages = (typeof settingsMessages)['en'];

function phoneErrorText(t: Messages, error: PhoneError): string {
  return error === 'not-digits' ? t.phoneNotDigits : t.phoneFormat;
}

type PhoneSettingsProps = { initial: string; kiosk: boolean };

export function PhoneSettings({ initial, kiosk }: PhoneSettingsProps): JSX.Element {
  const t = useMessages(settingsMessages);
  const lang = useLang();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (event: TargetedEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setStatus(null);
    const result = normalisePhone(value);
    // An empty box removes the number: the owner may not want it kept.
    if (!result.ok && result.error !== 'empty') {
      setError(phoneErrorText(t, result.error));
      document.getElementById('settings-phone')?.focus();
      return;
    }
    const phone = result.ok ? result.phone : '';
    try {
      await updateSettings({ phone });
      setValue(phone);
      setError(null);
      setStatus(phone ? t.phoneSaved(localDigits(phone, lang)) : t.phoneCleared);
    } catch {
      setError(t.saveFailed);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id="settings-phone"
        label={t.phone}
        value={value}
        onValue={(next) => {
          setValue(next);
          setError(null);
          setStatus(null);
        }}
        error={error}
        hint={t.phoneHint}
        inputMode="tel"
        // A shared kiosk tablet must not offer one customer's number to the next.
        autoComplete={kiosk ? 'off' : 'tel'}
        dir="ltr"
        maxLength={40}
      />
      <div role="status">{status ? <p class="notice notice-ok">{status}</p> : null}</div>
      <div class="actions">
        <button type="submit">{t.phoneSave}</button>
      </div>
    </form>
  );
}
