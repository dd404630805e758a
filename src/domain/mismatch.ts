// How the IMEIs a phone shows compare with those Hamta holds; shared by the pre-check and the layer-zero judge.
import type { ParsedImei } from './imei';
import type { VerdictId } from './verdicts';

/**
 * What kind of difference a ticket describes, comparing the correct IMEIs
 * (from *#06#) with those Hamta holds:
 * - 'second-imei': some IMEI in common, another differs (the case the ticket exists for);
 * - 'missing-second': Hamta holds fewer IMEIs, and every one it holds is correct;
 * - 'swapped': the same IMEIs, in another slot order;
 * - 'no-mismatch': identical, slot by slot;
 * - 'full-change': no IMEI in common (a board change, or the wrong device).
 */
export type MismatchCase = 'second-imei' | 'missing-second' | 'swapped' | 'no-mismatch' | 'full-change';

/**
 * The verdict a case leads to by itself, whoever asks: nothing to correct, or
 * more than a partial correction. `null`: the case needs the other rules.
 * Both the pre-check and the judge read this table, so they cannot disagree.
 */
export const VERDICT_FOR_CASE: Readonly<Record<MismatchCase, VerdictId | null>> = {
  'no-mismatch': 'already-activated-for-number',
  'full-change': 'partial-correction-only',
  'second-imei': null,
  'missing-second': null,
  swapped: null,
};

/** One registered IMEI and the correct IMEI it should become. */
export type CorrectionPair = { registered: string; target: string };

function hasDuplicates(imeis: readonly string[]): boolean {
  return new Set(imeis).size !== imeis.length;
}

/**
 * Classifies normalised IMEIs: `correctImeis` one per slot, `registeredImeis`
 * only those Hamta holds (no empty slots). `null` when the lists describe no
 * correction at all: either list empty, an IMEI twice in one list, or Hamta
 * holding more IMEIs than the phone shows.
 */
export function classifyMismatch(correctImeis: readonly string[], registeredImeis: readonly string[]): MismatchCase | null {
  if (correctImeis.length === 0 || registeredImeis.length === 0) return null;
  if (registeredImeis.length > correctImeis.length) return null;
  if (hasDuplicates(correctImeis) || hasDuplicates(registeredImeis)) return null;

  const correct = new Set(correctImeis);
  const inCommon = registeredImeis.filter((imei) => correct.has(imei)).length;
  if (inCommon === 0) return 'full-change';
  if (registeredImeis.length < correctImeis.length) {
    return inCommon === registeredImeis.length ? 'missing-second' : 'second-imei';
  }
  if (inCommon < registeredImeis.length) return 'second-imei';
  return registeredImeis.every((imei, slot) => imei === correctImeis[slot]) ? 'no-mismatch' : 'swapped';
}

/**
 * Pairs each registered IMEI, in slot order, with the correct IMEI it should
 * become: itself when the phone shows it too; otherwise a correct IMEI Hamta
 * does not hold, preferring the one in the same slot (a typo stays in its slot).
 */
export function correctionPairs(correctImeis: readonly string[], registeredImeis: readonly string[]): CorrectionPair[] {
  const held = new Set(registeredImeis);
  const unclaimed = correctImeis.map((imei) => (held.has(imei) ? null : imei));
  return registeredImeis.map((registered, slot) => {
    if (correctImeis.includes(registered)) return { registered, target: registered };
    const index = unclaimed[slot] ? slot : unclaimed.findIndex((imei) => imei !== null);
    const target = unclaimed[index];
    // Nothing left to become (only in lists that classify as null): shown unchanged.
    if (!target) return { registered, target: registered };
    unclaimed[index] = null;
    return { registered, target };
  });
}

/** The correct IMEIs Hamta does not hold yet: what a correction would write. */
export function targetImeis(correctImeis: readonly string[], registeredImeis: readonly string[]): string[] {
  const held = new Set(registeredImeis);
  return correctImeis.filter((imei) => !held.has(imei));
}

/**
 * 1-based positions at which two IMEIs differ ("digits 9 and 10 differ", as
 * the UI says it); positions past the shorter one count as different.
 */
export function differingDigits(registered: string, target: string): number[] {
  const positions: number[] = [];
  const length = Math.max(registered.length, target.length);
  for (let index = 0; index < length; index++) {
    if (registered[index] !== target[index]) positions.push(index + 1);
  }
  return positions;
}

/**
 * Whether a parsed IMEI is one Hamta refuses to file ("an invalid IMEI was
 * seen"): unreadable as an IMEI, a wrong check digit, or a placeholder that
 * emulators and broken modems report. An empty box is a missing IMEI, not an
 * invalid one.
 */
export function pointsAtInvalidImei(parsed: ParsedImei): boolean {
  if (!parsed.ok) return parsed.error !== 'empty';
  return parsed.warnings.includes('placeholder');
}
