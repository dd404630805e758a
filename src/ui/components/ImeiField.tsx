// An IMEI input checked as the user types: the problem and its fix in the user's language, and *#06# pastes.
import type { JSX, TargetedClipboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { parseImei, type ParsedImei } from '../../domain/imei';
import { extractImeis } from '../../domain/imeiText';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { imeiMessages, imeiProblemText, imeiWarningText, type ImeiMessages } from '../i18n/imei';
import { fillImeiField, ScanBarcode } from '../scan/ScanBarcode';
import { Field } from './Field';

export type ImeiFieldProps = {
  id: string;
  label: string;
  value: string;
  onValue(v: string): void;
  /**
   * The other slots' values, to say "this is the same IMEI as slot 1".
   * `slot` is the slot's number as the user sees it: 1 for the first slot.
   */
  otherImeis?: { slot: number; value: string }[];
  /** A pasted text held several IMEIs: all of them, in slot order, for the parent to spread over slots. */
  onPasteMany?(imeis: string[]): void;
  required?: boolean;
  disabled?: boolean;
  /** Standing help under the field; live warnings are added after it. */
  hint?: string;
  /** An error from the intake, shown as the field's error while the value has no problem of its own. */
  serverError?: string | null;
  /** Show "enter the IMEI" for an empty field now (e.g. after a Next press), not only after the user left it. */
  showEmptyError?: boolean;
  /**
   * This field's own slot number (1-based). When given, only an earlier slot is named as a
   * duplicate, so the slot the user typed second carries the error, as slot pairing reports it.
   */
  slot?: number;
};

type Judgement = { error: string | null; fix: string | null; hints: string[] };

export function ImeiField(props: ImeiFieldProps): JSX.Element {
  const t = useMessages(imeiMessages);
  const lang = useLang();
  const [left, setLeft] = useState(false);
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  const judgement = judge(t, parseImei(props.value), props, left);
  const error = judgement.error ?? props.serverError ?? null;
  const hint = [props.hint, ...judgement.hints].filter(Boolean).join(' ') || null;

  const setValue = (value: string): void => {
    setPasteNote(null);
    props.onValue(value);
  };

  const applyFix = (fix: string): void => {
    setValue(fix);
    // The fix button disappears once the value is right: keep the keyboard user in the field.
    document.getElementById(props.id)?.focus();
  };

  const onPaste = (event: TargetedClipboardEvent<HTMLDivElement>): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const imeis = imeisInPastedText(text);
    if (imeis === null) return; // one IMEI, or nothing recognisable: the browser pastes it as usual
    event.preventDefault();
    setValue(imeis[0] ?? '');
    if (imeis.length > 1 && props.onPasteMany) {
      props.onPasteMany(imeis);
      setPasteNote(t.pastedMany(imeis.length));
    } else {
      setPasteNote(t.pastedOne);
    }
  };

  return (
    <div class="imei-field" onPaste={onPaste}>
      <Field
        id={props.id}
        label={props.label}
        value={props.value}
        onValue={setValue}
        error={error}
        hint={hint}
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        required={props.required}
        disabled={props.disabled}
        onBlur={() => setLeft(true)}
      >
        <>
          {judgement.fix !== null && !props.disabled ? (
            <div class="actions">
              <button type="button" class="secondary" onClick={() => applyFix(judgement.fix ?? '')}>
                {/* One inline run, so a narrow button wraps between words, not into columns. */}
                <span>
                  {t.useFix} <span class="imei">{localDigits(judgement.fix, lang)}</span>
                </span>
              </button>
            </div>
          ) : null}
          {props.disabled ? null : <ScanBarcode fieldLabel={props.label} onImeis={(imeis) => fillImeiField(props, setValue, imeis)} />}
          <p class="field-hint" role="status">
            {pasteNote ?? ''}
          </p>
        </>
      </Field>
    </div>
  );
}

function judge(t: ImeiMessages, parsed: ParsedImei, props: ImeiFieldProps, left: boolean): Judgement {
  if (!parsed.ok) {
    // An empty box is not a mistake while the user has not reached it yet.
    const quietEmpty = parsed.error === 'empty' && !props.showEmptyError && !(left && props.required);
    return { error: quietEmpty ? null : imeiProblemText(t, parsed), fix: parsed.suggestion ?? null, hints: [] };
  }
  const earlier = [...(props.otherImeis ?? [])]
    .filter((other) => props.slot === undefined || other.slot < props.slot)
    .sort((a, b) => a.slot - b.slot)
    .map((other) => ({ slot: other.slot, parsed: parseImei(other.value) }));
  const same = earlier.find((other) => other.parsed.ok && other.parsed.imei === parsed.imei);
  if (same) return { error: t.duplicate(same.slot), fix: null, hints: [] };

  const hints = parsed.warnings.map((warning) => imeiWarningText(t, warning));
  // As slot pairing does: compare the model code (TAC) with the first valid slot.
  const firstValid = earlier.find((other) => other.parsed.ok);
  if (firstValid?.parsed.ok && firstValid.parsed.tac !== parsed.tac) hints.push(t.tacMismatch(firstValid.slot));
  if (parsed.svn !== undefined) hints.push(t.svnSetAside(parsed.svn));
  if (hints.length === 0) hints.push(t.valid);
  return { error: null, fix: null, hints };
}

/**
 * The IMEIs of a pasted text that is more than one IMEI (a whole *#06# screen, two lines of
 * numbers), normalised where valid and deduplicated (an IMEISV line repeats its IMEI), in slot
 * order; null when the browser should paste the text as it is.
 */
export function imeisInPastedText(text: string): string[] | null {
  if (text.trim() === '') return null;
  const found = extractImeis(text).imeis;
  if (found.length === 0) return null;
  const direct = parseImei(text);
  // A lone IMEI, right or wrong, goes in as typed so the live check explains it.
  if (found.length === 1 && (direct.ok || direct.error !== 'not-digits')) return null;
  // A labelled screen ("IMEI2" listed first) says the slot; unlabelled numbers keep their order.
  const ordered = found
    .map((imei, index) => ({ imei, order: imei.slot ?? index }))
    .sort((a, b) => a.order - b.order)
    .map(({ imei }) => (imei.parsed.ok ? imei.parsed.imei : imei.raw));
  return [...new Set(ordered)];
}
