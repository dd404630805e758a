// What the self-check judges in a pasted text: each IMEI found, and those that stand for the phone's slots.
import { digitValue } from '../../domain/imei';
import { extractImeis, type ExtractedImei } from '../../domain/imeiText';
import { pairSlots, type Pairing } from '../../domain/pairing';
import { MAX_SLOTS } from '../../domain/limits';

export type SelfCheck = {
  imeis: ExtractedImei[];
  meids: string[];
  truncated: boolean;
  /** The IMEIs judged as one phone (one per slot), when there are two or more. */
  pairing: Pairing | null;
  /** More slot IMEIs were found than a phone can have; only the first MAX_SLOTS were paired. */
  pairedFirstOnly: boolean;
};

/**
 * Entries that stand for a slot. A *#06# screen may show a slot's IMEI and,
 * on another line, the same IMEI as an IMEI/SV: that is one slot, not a
 * duplicate. The same IMEI twice without a software version stays twice,
 * so pairing can say it was typed twice.
 */
function slotEntries(imeis: readonly ExtractedImei[]): ExtractedImei[] {
  const plain = new Set(imeis.flatMap((entry) => (entry.parsed.ok && entry.parsed.svn === undefined ? [entry.parsed.imei] : [])));
  return imeis.filter((entry) => !(entry.parsed.ok && entry.parsed.svn !== undefined && plain.has(entry.parsed.imei)));
}

export function selfCheck(text: string): SelfCheck {
  const { imeis, meids, truncated } = extractImeis(text);
  const slots = slotEntries(imeis);
  const paired = slots.slice(0, MAX_SLOTS);
  return {
    imeis,
    meids,
    truncated,
    pairing: paired.length >= 2 ? pairSlots(paired.map((entry) => entry.raw)) : null,
    pairedFirstOnly: slots.length > MAX_SLOTS,
  };
}

/** The digits of an IMEI as typed (ASCII, up to any '/'), to mark where a suggested fix differs. */
export function typedDigits(raw: string): string {
  let digits = '';
  for (const char of raw) {
    if (char === '/') break;
    const value = digitValue(char.charCodeAt(0));
    if (value >= 0) digits += String(value);
  }
  return digits;
}

/** 1-based positions where the suggestion differs from what was typed (ImeiDiff's convention). */
export function changedPositions(typed: string, suggestion: string): number[] {
  const positions: number[] = [];
  for (let index = 0; index < suggestion.length; index += 1) {
    if (typed[index] !== suggestion[index]) positions.push(index + 1);
  }
  return positions;
}
