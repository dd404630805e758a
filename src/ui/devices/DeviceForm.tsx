// The device form: nickname, model, slot count, the IMEIs per slot (checked live), notes; save or delete.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { deleteDevice, saveDevice } from '../../data/devices';
import { MAX_SLOTS, DESCRIPTION_MAX, type Device } from '../../domain/schemas';
import { Field } from '../components/Field';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { deviceMessages } from '../i18n/devices';
import { Link, navigate } from '../router';
import { checkDeviceForm, deviceFromForm, formValuesOf, type DeviceFormValues } from './deviceFormValues';
import { leaveDeviceNotice } from './deviceNotice';
import { SlotImeis } from './SlotImeis';
import { paths } from '../addresses';

/** The schema's limit for nickname and model. */
const NAME_MAX = 80;
const SLOT_CHOICES = Array.from({ length: MAX_SLOTS }, (_, index) => index + 1);

type ImeiKind = 'registeredImeis' | 'correctImeis';

export function DeviceForm({ device, isNew }: { device: Device; isNew: boolean }): JSX.Element {
  const t = useMessages(deviceMessages);
  const lang = useLang();
  const [values, setValues] = useState<DeviceFormValues>(() => formValuesOf(device));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [writeFailed, setWriteFailed] = useState(false);
  const check = checkDeviceForm(values);

  const set = (patch: Partial<DeviceFormValues>): void => setValues((previous) => ({ ...previous, ...patch }));
  const setSlot = (kind: ImeiKind, index: number, value: string): void =>
    setValues((previous) => ({ ...previous, [kind]: previous[kind].map((old, at) => (at === index ? value : old)) }));
  // A pasted *#06# screen fills the section's slots in order, and adds slots when it shows more IMEIs.
  const pasteMany = (kind: ImeiKind, imeis: string[]): void =>
    setValues((previous) => ({
      ...previous,
      slotCount: Math.max(previous.slotCount, Math.min(imeis.length, MAX_SLOTS)),
      [kind]: previous[kind].map((old, at) => imeis[at] ?? old),
    }));

  const firstInvalidField = (): string | null => {
    if (check.nicknameMissing) return 'device-nickname';
    const registered = check.registered.errors.find((finding) => finding.code !== 'slot-empty');
    if (registered) return `device-registered-${registered.slot + 1}`;
    const correct = check.correct.errors.find((finding) => finding.code !== 'slot-empty');
    return correct ? `device-correct-${correct.slot + 1}` : null;
  };

  const submit = async (event: TargetedEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setSubmitted(true);
    const record = deviceFromForm(device, values);
    if (record === null) {
      const id = firstInvalidField();
      if (id) document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    setWriteFailed(false);
    try {
      const stored = await saveDevice(record);
      leaveDeviceNotice({ kind: 'saved', nickname: stored.nickname });
      navigate(paths.devices());
    } catch {
      setWriteFailed(true);
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      const removed = await deleteDevice(device.id);
      if (removed) leaveDeviceNotice({ kind: 'deleted', device: removed });
      navigate(paths.devices());
    } catch {
      setWriteFailed(true);
      setBusy(false);
    }
  };

  return (
    <form class="panel device-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id="device-nickname"
        label={t.nickname}
        value={values.nickname}
        onValue={(nickname) => set({ nickname })}
        error={submitted && check.nicknameMissing ? t.nicknameRequired : null}
        hint={t.nicknameHint}
        maxLength={NAME_MAX}
        dir="auto"
        required
      />
      <Field id="device-model" label={t.model} value={values.model} onValue={(model) => set({ model })} maxLength={NAME_MAX} dir="auto" />
      <div class="field">
        <label for="device-slots">{t.slotCount}</label>
        <select
          id="device-slots"
          aria-describedby="device-slots-hint"
          value={String(values.slotCount)}
          onChange={(event) => set({ slotCount: Number(event.currentTarget.value) })}
        >
          {SLOT_CHOICES.map((count) => (
            <option key={count} value={String(count)}>
              {localDigits(count, lang)}
            </option>
          ))}
        </select>
        <p id="device-slots-hint" class="field-hint">
          {t.slotCountHint}
        </p>
      </div>
      <SlotImeis
        idPrefix="device-registered"
        legend={t.registeredLegend}
        hint={t.registeredHint}
        labelOf={t.registeredField}
        values={values.registeredImeis}
        slotCount={values.slotCount}
        onSlot={(index, value) => setSlot('registeredImeis', index, value)}
        onPasteMany={(imeis) => pasteMany('registeredImeis', imeis)}
      />
      <SlotImeis
        idPrefix="device-correct"
        legend={t.correctLegend}
        hint={t.correctHint}
        labelOf={t.correctField}
        values={values.correctImeis}
        slotCount={values.slotCount}
        onSlot={(index, value) => setSlot('correctImeis', index, value)}
        onPasteMany={(imeis) => pasteMany('correctImeis', imeis)}
      />
      <Field
        id="device-notes"
        label={t.notes}
        value={values.notes}
        onValue={(notes) => set({ notes })}
        multiline
        rows={3}
        maxLength={DESCRIPTION_MAX}
        dir="auto"
      />
      <div aria-live="assertive">
        {submitted && !check.ok ? <p class="notice notice-error">{t.fixErrors}</p> : null}
        {writeFailed ? <p class="notice notice-error">{t.writeFailed}</p> : null}
      </div>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t.save}
        </button>
        <Link class="button secondary" href={paths.devices()}>
          {t.cancel}
        </Link>
        {isNew ? null : (
          <button type="button" class="danger" disabled={busy} onClick={() => void remove()}>
            {t.deleteDevice}
          </button>
        )}
      </div>
    </form>
  );
}
