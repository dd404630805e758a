// The offline self-check of a ticket: what is wrong with it, what kind of mismatch it is, and the verdict it risks.
import { parseImei, type ImeiError, type ImeiWarning } from './imei';
import { classifyMismatch, correctionPairs, differingDigits, pointsAtInvalidImei, VERDICT_FOR_CASE, type MismatchCase } from './mismatch';
import { pairSlots, type Pairing } from './pairing';
import { DESCRIPTION_MAX, MAX_SLOTS } from './limits';
import type { VerdictId } from './verdicts';

// Raw strings as the user typed them; precheck normalises them with parseImei.
export type TicketInput = {
  correctImeis: string[];
  registeredImeis: string[];
  description?: string;
  slotChecks?: boolean[];
};
export type PrecheckContext = { myRegisteredImeis?: string[] }; // from the device list
export type Finding = { code: string; field?: 'correct' | 'registered' | 'description'; slot?: number };

/**
 * Every code a finding may carry; src/ui/i18n words them. Slots are 0-based.
 * Errors (the ticket cannot be filed as it is):
 * - an ImeiError ('empty', 'not-digits', 'too-short', 'too-long', 'check-digit'): that IMEI box;
 * - 'duplicate-imei': the same IMEI as an earlier slot of the same list;
 * - 'too-many-slots': more IMEIs than any device has slots (MAX_SLOTS);
 * - 'description-too-long': more than DESCRIPTION_MAX characters.
 * Warnings (it can be filed, but look again):
 * - an ImeiWarning ('placeholder', 'test-tac', 'repeated-digit'): an implausible IMEI;
 * - 'tac-mismatch': the correct IMEIs carry different model codes (TACs);
 * - 'registered-not-mine': a registered IMEI is not in the user's device list (risk: not-owner);
 * - 'sim-not-checked': the SIM-in-this-slot step is not confirmed (risk: sim-not-seen-on-all-slots);
 * - 'description-empty': nothing describes the problem.
 */
type PrecheckCode =
  | ImeiError
  | 'duplicate-imei'
  | 'too-many-slots'
  | 'description-too-long'
  | ImeiWarning
  | 'tac-mismatch'
  | 'registered-not-mine'
  | 'sim-not-checked'
  | 'description-empty';

export type Precheck = {
  /** null when the IMEIs cannot be compared (an error in either list). */
  case: MismatchCase | null;
  errors: Finding[];
  warnings: Finding[];
  /** The verdict the findings point at (see LIKELY_VERDICT_RULES); null when they point nowhere. */
  likelyVerdict: VerdictId | null;
  /**
   * For each registered IMEI, in slot order, the 1-based positions of the
   * digits that differ from the correct IMEI it should become ("digits 9 and
   * 10 differ"); [] for a pair that already agrees, and no entries when case is null.
   */
  differingDigits: number[][];
};

/** What the likely-verdict rules read, beyond the findings themselves. */
type Evidence = {
  case: MismatchCase | null;
  errors: readonly Finding[];
  warnings: readonly Finding[];
  invalidImei: boolean;
};

const hasWarning = (evidence: Evidence, code: PrecheckCode): boolean => evidence.warnings.some((finding) => finding.code === code);

/**
 * The likely verdict, first match wins. The judge's own order (src/domain/judge.ts)
 * with the rules the phone cannot know left out (illegal-imei, owned-by-another):
 *  1. invalid-imei-observed: an IMEI that is unreadable, fails its check digit, or is a placeholder;
 *  2. not-owner: a registered IMEI missing from the user's device list;
 *  3. already-activated-for-number: case 'no-mismatch';
 *  4. partial-correction-only: case 'full-change';
 *  5. sim-not-seen-on-all-slots: a slot whose SIM check is not confirmed;
 *  6. approved: a correctable case ('second-imei', 'missing-second', 'swapped') and no errors.
 * Rules 3 and 4 read VERDICT_FOR_CASE, the table the judge reads.
 */
const LIKELY_VERDICT_RULES: readonly { verdict: VerdictId; applies: (evidence: Evidence) => boolean }[] = [
  { verdict: 'invalid-imei-observed', applies: (evidence) => evidence.invalidImei },
  { verdict: 'not-owner', applies: (evidence) => hasWarning(evidence, 'registered-not-mine') },
  {
    verdict: 'already-activated-for-number',
    applies: (evidence) => evidence.case !== null && VERDICT_FOR_CASE[evidence.case] === 'already-activated-for-number',
  },
  {
    verdict: 'partial-correction-only',
    applies: (evidence) => evidence.case !== null && VERDICT_FOR_CASE[evidence.case] === 'partial-correction-only',
  },
  { verdict: 'sim-not-seen-on-all-slots', applies: (evidence) => hasWarning(evidence, 'sim-not-checked') },
  {
    verdict: 'approved',
    applies: (evidence) => evidence.case !== null && VERDICT_FOR_CASE[evidence.case] === null && evidence.errors.length === 0,
  },
];

/**
 * Checks a ticket before it is filed. Never throws, whatever it is given.
 *
 * Slots: the ticket has as many slots as it has correct boxes, or registered
 * IMEIs if Hamta holds more (empty registered boxes at the end add none). Every
 * correct slot must be filled: *#06# always shows all of a phone's IMEIs, and
 * Hamta's form requires IMEI 2 once IMEI 1 is entered, so an empty correct box
 * is an 'empty' error (a single-SIM ticket simply has one slot). On the
 * registered side, empty boxes at the end mean Hamta holds fewer IMEIs (how
 * 'missing-second' is entered); the first box must be filled, and an empty box
 * before a filled one is an 'empty' error.
 */
export function precheck(input: TicketInput, context?: PrecheckContext): Precheck {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const correctRaw = readList(input?.correctImeis, 'correct', errors);
  const registeredRaw = readList(input?.registeredImeis, 'registered', errors);
  const held = withoutTrailingEmpties(registeredRaw);
  const slotCount = Math.max(correctRaw.length, held.length, 1);

  const correct = pairSlots(correctRaw, slotCount);
  report(correct, 'correct', errors, warnings, true);
  const registered = pairSlots(held.length > 0 ? held : [''], Math.max(held.length, 1));
  report(registered, 'registered', errors, warnings, false);

  const correctImeis = correct.ok ? correct.imeis.filter((imei): imei is string => imei !== null) : [];
  const registeredImeis = registered.ok ? registered.imeis.filter((imei): imei is string => imei !== null) : [];
  const listsReadable = correct.ok && registered.ok && !errors.some((finding) => finding.code === 'too-many-slots');
  const mismatch = listsReadable ? classifyMismatch(correctImeis, registeredImeis) : null;

  checkOwnership(registered, context, warnings);
  checkSlotChecks(input?.slotChecks, slotCount, warnings);
  checkDescription(input?.description, errors, warnings);

  const evidence: Evidence = {
    case: mismatch,
    errors,
    warnings,
    invalidImei: [...correct.parsed, ...registered.parsed].some(pointsAtInvalidImei),
  };
  const likely = LIKELY_VERDICT_RULES.find((rule) => rule.applies(evidence));
  return {
    case: mismatch,
    errors,
    warnings,
    likelyVerdict: likely?.verdict ?? null,
    differingDigits:
      mismatch === null ? [] : correctionPairs(correctImeis, registeredImeis).map((pair) => differingDigits(pair.registered, pair.target)),
  };
}

// Cheap guards for whatever reaches us: a non-array reads as no boxes, a non-string box as an empty one,
// and nothing past MAX_SLOTS is read (an array of 10,000 items costs no more than one of four).
function readList(value: unknown, field: 'correct' | 'registered', errors: Finding[]): string[] {
  if (!Array.isArray(value)) return [];
  if (value.length > MAX_SLOTS) errors.push({ code: 'too-many-slots', field });
  return value.slice(0, MAX_SLOTS).map((item: unknown) => (typeof item === 'string' ? item : ''));
}

// Blank as parseImei sees it: spaces, ZWNJs and bidi marks alone are no IMEI.
function isBlank(raw: string): boolean {
  const parsed = parseImei(raw);
  return !parsed.ok && parsed.error === 'empty';
}

function withoutTrailingEmpties(raw: readonly string[]): string[] {
  let end = raw.length;
  while (end > 0 && isBlank(raw[end - 1] ?? '')) end -= 1;
  return raw.slice(0, end);
}

/** Turns pairing's findings into the pre-check's: IMEI errors carry parseImei's own code. */
function report(pairing: Pairing, field: 'correct' | 'registered', errors: Finding[], warnings: Finding[], isPhonePair: boolean): void {
  for (const finding of pairing.errors) {
    const slot = finding.slot;
    if (finding.code === 'slot-empty') errors.push({ code: 'empty', field, slot });
    else if (finding.code === 'slot-invalid' && finding.parsed && !finding.parsed.ok) {
      errors.push({ code: finding.parsed.error, field, slot });
    } else if (finding.code === 'slot-extra') errors.push({ code: 'too-many-slots', field, slot });
    else errors.push({ code: finding.code, field, slot });
  }
  for (const finding of pairing.warnings) {
    const slot = finding.slot;
    if (finding.code === 'slot-implausible' && finding.parsed?.ok) {
      for (const warning of finding.parsed.warnings) warnings.push({ code: warning, field, slot });
    } else if (finding.code === 'tac-mismatch') {
      // Only a phone's own pair says something about the phone; a registered pair may hold the typo itself.
      if (isPhonePair) warnings.push({ code: 'tac-mismatch', field, slot });
    }
  }
}

function checkOwnership(registered: Pairing, context: PrecheckContext | undefined, warnings: Finding[]): void {
  const mine = context?.myRegisteredImeis;
  if (!Array.isArray(mine)) return;
  // The device list stores normalised IMEIs; a pasted entry is normalised the same way.
  const known = new Set<string>();
  for (const entry of mine) {
    if (typeof entry !== 'string') continue;
    known.add(entry);
    const parsed = parseImei(entry);
    if (parsed.ok) known.add(parsed.imei);
  }
  registered.imeis.forEach((imei, slot) => {
    if (imei !== null && !known.has(imei)) warnings.push({ code: 'registered-not-mine', field: 'registered', slot });
  });
}

function checkSlotChecks(slotChecks: unknown, slotCount: number, warnings: Finding[]): void {
  const checks: readonly unknown[] = Array.isArray(slotChecks) ? slotChecks.slice(0, MAX_SLOTS) : [];
  const slots = Math.max(slotCount, checks.length);
  for (let slot = 0; slot < slots; slot += 1) {
    if (checks[slot] !== true) warnings.push({ code: 'sim-not-checked', slot });
  }
}

function checkDescription(description: unknown, errors: Finding[], warnings: Finding[]): void {
  const text = typeof description === 'string' ? description : '';
  if (text.length > DESCRIPTION_MAX) errors.push({ code: 'description-too-long', field: 'description' });
  // Spaces and invisible marks (ZWNJ, bidi) alone describe nothing.
  else if (!/[^\p{White_Space}\p{Cf}]/u.test(text)) warnings.push({ code: 'description-empty', field: 'description' });
}
