// One value of Hamta's form: the box as Hamta will receive it, and its "Copy …" button, marked once copied.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { useMessages } from '../i18n/core';
import { hamtaMessages } from '../i18n/hamta';
import { copyText, selectAll } from './clipboard';

type CopyFieldProps = {
  id: string;
  label: string;
  value: string;
  copied: boolean;
  /** Told after each try: true when the value is on the clipboard, false when it was selected instead. */
  onCopy: (ok: boolean) => void;
};

export function CopyField({ id, label, value, copied, onCopy }: CopyFieldProps): JSX.Element {
  const t = useMessages(hamtaMessages);
  const box = useRef<HTMLInputElement>(null);
  const copy = async (): Promise<void> => {
    const ok = await copyText(value);
    if (!ok) selectAll(box.current);
    onCopy(ok);
  };
  return (
    <div class={copied ? 'copy-field copy-field-done' : 'copy-field'}>
      <label for={id}>{label}</label>
      <div class="copy-field-row">
        {/* Read-only, not disabled: the value can still be selected and copied by hand. */}
        <input id={id} ref={box} class="imei" readOnly value={value} dir="ltr" spellcheck={false} autoComplete="off" />
        <button type="button" onClick={() => void copy()}>
          {t.copy(label)}
        </button>
      </div>
      {copied ? <p class="copied-mark">✓ {t.copied}</p> : null}
    </div>
  );
}
