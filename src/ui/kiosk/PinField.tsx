// The staff PIN box: masked digits, never autofilled, its error tied to it.
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { kioskMessages } from '../i18n/kiosk';

type PinFieldProps = {
  id: string;
  /** Leave out for a field the browser keeps (see PinGate). */
  value?: string;
  onValue: (value: string) => void;
  error: string | null;
  hint?: string;
  autoFocus?: boolean;
};

export function PinField({ id, value, onValue, error, hint, autoFocus }: PinFieldProps): JSX.Element {
  const t = useMessages(kioskMessages);
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{t.pin}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      <p id={`${id}-error`} class="field-error" aria-live="polite">
        {error ?? ''}
      </p>
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
