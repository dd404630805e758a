// The device form's values, checked as a whole and turned into the Device record that is stored.
import { pairSlots, type Pairing } from '../../domain/pairing';
import { MAX_SLOTS, type Device } from '../../domain/schemas';
import { resized } from '../../domain/slots';

/** The form as typed: IMEIs raw (any digits, separators), always MAX_SLOTS long so hidden slots keep their text. */
export type DeviceFormValues = {
  nickname: string;
  model: string;
  slotCount: number;
  registeredImeis: string[];
  correctImeis: string[];
  notes: string;
};

export type DeviceFormCheck = {
  ok: boolean;
  nicknameMissing: boolean;
  registered: Pairing;
  correct: Pairing;
};

export function formValuesOf(device: Device): DeviceFormValues {
  return {
    nickname: device.nickname,
    model: device.model,
    slotCount: device.slotCount,
    registeredImeis: resized(device.registeredImeis, MAX_SLOTS, () => ''),
    correctImeis: resized(device.correctImeis, MAX_SLOTS, () => ''),
    notes: device.notes,
  };
}

/** Errors that block saving; an empty slot does not: the owner may not know every IMEI yet. */
function blocking(pairing: Pairing): boolean {
  return pairing.errors.some((finding) => finding.code !== 'slot-empty');
}

/** Judges the form: a nickname, and every filled IMEI valid and none repeated within its section. */
export function checkDeviceForm(values: DeviceFormValues): DeviceFormCheck {
  const slots = values.slotCount;
  const registered = pairSlots(values.registeredImeis.slice(0, slots), slots);
  const correct = pairSlots(values.correctImeis.slice(0, slots), slots);
  const nicknameMissing = values.nickname.trim() === '';
  return { ok: !nicknameMissing && !blocking(registered) && !blocking(correct), nicknameMissing, registered, correct };
}

/**
 * The record to store: text trimmed, IMEIs normalised to 15 ASCII digits ('' where empty),
 * one per slot; null while the form has a blocking problem.
 */
export function deviceFromForm(base: Device, values: DeviceFormValues): Device | null {
  const check = checkDeviceForm(values);
  if (!check.ok) return null;
  return {
    ...base,
    nickname: values.nickname.trim(),
    model: values.model.trim(),
    slotCount: values.slotCount,
    registeredImeis: check.registered.imeis.map((imei) => imei ?? ''),
    correctImeis: check.correct.imeis.map((imei) => imei ?? ''),
    notes: values.notes.trim(),
  };
}
