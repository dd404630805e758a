// Slot pairing: the IMEIs of one device, one per SIM slot, judged together.
import { parseImei, type ParsedImei } from './imei';
import { MAX_SLOTS } from './limits';

/**
 * What pairing found, per slot. Slots are 0-based indexes into the raw list (slot 0 is
 * the UI's "IMEI 1"); `otherSlot` names the slot the finding is relative to.
 * - slot-empty: nothing typed in a slot the device has (error).
 * - slot-invalid: not a valid IMEI; `parsed` carries the error and any suggestion (error).
 * - duplicate-imei: the same IMEI as `otherSlot`, the first slot that holds it (error).
 * - slot-extra: an IMEI typed beyond the device's slot count (error).
 * - tac-mismatch: a different model code (TAC) than `otherSlot`, the first valid slot (warning:
 *   most dual-SIM phones share one TAC, some models do not).
 * - slot-implausible: valid but a placeholder, test or repeated-digit IMEI; see `parsed.warnings` (warning).
 */
export type PairingFindingCode = 'slot-empty' | 'slot-invalid' | 'duplicate-imei' | 'slot-extra' | 'tac-mismatch' | 'slot-implausible';
export type PairingFinding = { code: PairingFindingCode; slot: number; otherSlot?: number; parsed?: ParsedImei };
export type Pairing = {
  /** No errors: every slot holds a valid IMEI of its own. Warnings do not count. */
  ok: boolean;
  /** The normalised IMEI per slot, or null where the slot is empty or invalid. */
  imeis: (string | null)[];
  /** parseImei's answer per slot. */
  parsed: ParsedImei[];
  errors: PairingFinding[];
  warnings: PairingFinding[];
};

/**
 * Judges one device's IMEIs as typed, one string per slot.
 * `slotCount` is how many slots the device has (default: as many as given), clamped to 1..MAX_SLOTS;
 * missing entries count as empty slots, non-blank entries beyond it are 'slot-extra'.
 */
export function pairSlots(raw: readonly string[], slotCount?: number): Pairing {
  const given = Array.isArray(raw) ? raw : [];
  const slots = clampSlotCount(slotCount ?? given.length);
  const parsed: ParsedImei[] = [];
  const imeis: (string | null)[] = [];
  const errors: PairingFinding[] = [];
  const warnings: PairingFinding[] = [];
  const firstSlotOf = new Map<string, number>();
  let firstValid: { slot: number; tac: string } | null = null;

  for (let slot = 0; slot < slots; slot += 1) {
    const result = parseImei(given[slot] ?? '');
    parsed.push(result);
    if (!result.ok) {
      imeis.push(null);
      errors.push(result.error === 'empty' ? { code: 'slot-empty', slot } : { code: 'slot-invalid', slot, parsed: result });
      continue;
    }
    imeis.push(result.imei);
    const otherSlot = firstSlotOf.get(result.imei);
    if (otherSlot !== undefined) {
      errors.push({ code: 'duplicate-imei', slot, otherSlot });
      continue;
    }
    firstSlotOf.set(result.imei, slot);
    if (result.warnings.length > 0) warnings.push({ code: 'slot-implausible', slot, parsed: result });
    if (firstValid === null) firstValid = { slot, tac: result.tac };
    else if (firstValid.tac !== result.tac) warnings.push({ code: 'tac-mismatch', slot, otherSlot: firstValid.slot });
  }
  for (let slot = slots; slot < given.length; slot += 1) {
    const extra = parseImei(given[slot] ?? '');
    if (extra.ok || extra.error !== 'empty') errors.push({ code: 'slot-extra', slot, parsed: extra });
  }
  return { ok: errors.length === 0, imeis, parsed, errors, warnings };
}

function clampSlotCount(count: number): number {
  if (!Number.isFinite(count)) return 1;
  return Math.min(MAX_SLOTS, Math.max(1, Math.trunc(count)));
}
