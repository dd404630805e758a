// The pre-check: mismatch cases, findings with field and slot, the likely verdict and the differing digits.
import { describe, expect, it } from 'vitest';
import { precheck, type Finding, type TicketInput } from '@/domain/precheck';
import { DESCRIPTION_MAX, MAX_SLOTS } from '@/domain/schemas';

// A Galaxy A52's two IMEIs, and Hamta's copy of the second with digits 9 and 10 mistyped (still Luhn-valid).
const IMEI_1 = '350281374182634';
const IMEI_2 = '350281374182717';
const IMEI_2_TYPO = '350281375582717';
// Another phone (Galaxy A23) for full changes and TAC checks.
const OTHER_1 = '350056427741051';
const OTHER_2 = '350056427741135';

const ALL_CHECKED = [true, true];
const DESCRIPTION = 'سیم‌کارت دوم سرویس ندارد.';

function ticket(correctImeis: string[], registeredImeis: string[], extra: Partial<TicketInput> = {}): TicketInput {
  return { correctImeis, registeredImeis, description: DESCRIPTION, slotChecks: ALL_CHECKED, ...extra };
}

const codes = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.code);
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const toPersian = (digits: string): string => digits.replace(/\d/g, (d) => PERSIAN.charAt(Number(d)));

describe('the mismatch case', () => {
  it('is second-imei when one IMEI is in common and the other differs, and points at approval', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO]));
    expect(result.case).toBe('second-imei');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.likelyVerdict).toBe('approved');
  });

  it('says which digits differ, 1-based, one entry per registered IMEI in slot order', () => {
    expect(precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO])).differingDigits).toEqual([[], [9, 10]]);
  });

  it('pairs a mistyped IMEI with the correct one it should become even when Hamta lists it first', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_2_TYPO, IMEI_1]));
    expect(result.case).toBe('second-imei');
    expect(result.differingDigits).toEqual([[9, 10], []]);
  });

  it('compares IMEIs after normalising Persian digits, spaces, dashes and ZWNJs', () => {
    const typed = [toPersian(IMEI_1), `35-028137-418271\u200c7`];
    const result = precheck(ticket(typed, [` ${IMEI_1} `, IMEI_2_TYPO]));
    expect(result.case).toBe('second-imei');
    expect(result.errors).toEqual([]);
  });

  it('is missing-second when Hamta holds only one IMEI, entered with an empty trailing box', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, '']));
    expect(result.case).toBe('missing-second');
    expect(result.errors).toEqual([]);
    expect(result.likelyVerdict).toBe('approved');
    expect(result.differingDigits).toEqual([[]]);
  });

  it('adds no slots for empty registered boxes at the end', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, '', ' ', '\u200c']));
    expect(result.case).toBe('missing-second');
    expect(result.errors).toEqual([]);
  });

  it('is missing-second too when the single registered IMEI is the phone’s second one', () => {
    expect(precheck(ticket([IMEI_1, IMEI_2], [IMEI_2])).case).toBe('missing-second');
  });

  it('is swapped when Hamta holds the same IMEIs in the other slot order', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_2, IMEI_1]));
    expect(result.case).toBe('swapped');
    expect(result.likelyVerdict).toBe('approved');
    expect(result.differingDigits).toEqual([[], []]);
  });

  it('is no-mismatch when the IMEIs are identical, pointing at already-activated', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2]));
    expect(result.case).toBe('no-mismatch');
    expect(result.likelyVerdict).toBe('already-activated-for-number');
  });

  it('is full-change when no IMEI is in common, pointing at partial-correction-only', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [OTHER_1, OTHER_2]));
    expect(result.case).toBe('full-change');
    expect(result.likelyVerdict).toBe('partial-correction-only');
    expect(result.differingDigits).toHaveLength(2);
    expect(result.differingDigits[0]).toContain(5);
  });

  it('treats a single-slot ticket as one slot, not as a missing second IMEI', () => {
    const result = precheck(ticket([IMEI_1], [IMEI_1], { slotChecks: [true] }));
    expect(result.errors).toEqual([]);
    expect(result.case).toBe('no-mismatch');
  });
});

describe('errors', () => {
  it('reports a wrong check digit with its field and slot and points at invalid-imei-observed', () => {
    const wrong = IMEI_2.slice(0, 14) + '0';
    const result = precheck(ticket([IMEI_1, wrong], [IMEI_1, IMEI_2_TYPO]));
    expect(result.errors).toEqual([{ code: 'check-digit', field: 'correct', slot: 1 }]);
    expect(result.case).toBeNull();
    expect(result.likelyVerdict).toBe('invalid-imei-observed');
    expect(result.differingDigits).toEqual([]);
  });

  it('reports 14 digits as too-short in the registered list', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO.slice(0, 14)]));
    expect(result.errors).toEqual([{ code: 'too-short', field: 'registered', slot: 1 }]);
  });

  it('requires the second correct IMEI once Hamta shows two: an empty box is an error, not an invalid IMEI', () => {
    const result = precheck(ticket([IMEI_1, ''], [IMEI_1, IMEI_2_TYPO]));
    expect(result.errors).toEqual([{ code: 'empty', field: 'correct', slot: 1 }]);
    expect(result.case).toBeNull();
    expect(result.likelyVerdict).toBeNull();
  });

  it('requires the second correct IMEI when the correct list is shorter than the registered one', () => {
    const result = precheck(ticket([IMEI_1], [IMEI_1, IMEI_2_TYPO]));
    expect(result.errors).toEqual([{ code: 'empty', field: 'correct', slot: 1 }]);
  });

  it('refuses an empty first registered box before a filled second one', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], ['', IMEI_2_TYPO]));
    expect(result.errors).toEqual([{ code: 'empty', field: 'registered', slot: 0 }]);
  });

  it('requires at least one registered IMEI', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], ['', '']));
    expect(result.errors).toEqual([{ code: 'empty', field: 'registered', slot: 0 }]);
  });

  it('refuses the same IMEI twice in one list', () => {
    const result = precheck(ticket([IMEI_1, IMEI_1], [IMEI_1, IMEI_2_TYPO]));
    expect(result.errors).toEqual([{ code: 'duplicate-imei', field: 'correct', slot: 1 }]);
    expect(result.case).toBeNull();
  });

  it('refuses more IMEIs than any device has slots', () => {
    const many = Array.from({ length: MAX_SLOTS + 1 }, () => IMEI_1);
    expect(codes(precheck(ticket(many, [IMEI_1])).errors)).toContain('too-many-slots');
  });

  it('refuses a description longer than DESCRIPTION_MAX and keeps the likely verdict from approving', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { description: 'x'.repeat(DESCRIPTION_MAX + 1) }));
    expect(result.errors).toEqual([{ code: 'description-too-long', field: 'description' }]);
    expect(result.likelyVerdict).toBeNull();
  });

  it('accepts a description of exactly DESCRIPTION_MAX characters', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { description: 'x'.repeat(DESCRIPTION_MAX) }));
    expect(result.errors).toEqual([]);
  });
});

describe('warnings and the risks they point at', () => {
  it('warns about registered IMEIs missing from the device list and points at not-owner', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO]), { myRegisteredImeis: [IMEI_1] });
    expect(result.warnings).toEqual([{ code: 'registered-not-mine', field: 'registered', slot: 1 }]);
    expect(result.likelyVerdict).toBe('not-owner');
  });

  it('matches the device list after normalising its entries', () => {
    const context = { myRegisteredImeis: [toPersian(IMEI_1), `${IMEI_2_TYPO.slice(0, 8)} ${IMEI_2_TYPO.slice(8)}`] };
    expect(precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO]), context).warnings).toEqual([]);
  });

  it('does not judge ownership when no device list is given', () => {
    expect(codes(precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO])).warnings)).not.toContain('registered-not-mine');
  });

  it.each([
    ['missing', undefined, [0, 1]],
    ['shorter than the slots', [true], [1]],
    ['with a slot unchecked', [false, true], [0]],
  ])('warns when the SIM checklist is %s and points at sim-not-seen-on-all-slots', (_name, slotChecks, slots) => {
    const input: TicketInput = { ...ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO]), slotChecks };
    const result = precheck(input);
    expect(result.warnings).toEqual(slots.map((slot) => ({ code: 'sim-not-checked', slot })));
    expect(result.likelyVerdict).toBe('sim-not-seen-on-all-slots');
  });

  it('warns when the correct IMEIs carry different TACs, without changing the likely verdict', () => {
    const result = precheck(ticket([IMEI_1, OTHER_2], [IMEI_1, IMEI_2_TYPO]));
    expect(result.warnings).toEqual([{ code: 'tac-mismatch', field: 'correct', slot: 1 }]);
    expect(result.likelyVerdict).toBe('approved');
  });

  it('does not warn about TACs on the registered side, where the typo itself may sit', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, OTHER_2]));
    expect(codes(result.warnings)).not.toContain('tac-mismatch');
  });

  it('warns about a placeholder IMEI and points at invalid-imei-observed', () => {
    const result = precheck(ticket([IMEI_1, '358240051111110'], [IMEI_1, IMEI_2_TYPO]));
    expect(result.warnings).toContainEqual({ code: 'placeholder', field: 'correct', slot: 1 });
    expect(result.likelyVerdict).toBe('invalid-imei-observed');
  });

  it('warns about a test TAC without treating it as invalid', () => {
    const testImei = '001010123456780'; // TAC 00101012: reserved for testing
    const result = precheck(ticket([testImei, IMEI_2], [testImei, IMEI_2_TYPO]));
    expect(result.warnings).toContainEqual({ code: 'test-tac', field: 'correct', slot: 0 });
    expect(result.likelyVerdict).toBe('approved');
  });

  it('warns about an empty description', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { description: ' \u200c ' }));
    expect(result.warnings).toEqual([{ code: 'description-empty', field: 'description' }]);
    expect(result.likelyVerdict).toBe('approved');
  });

  it('puts an invalid IMEI ahead of every other risk', () => {
    const wrong = IMEI_2.slice(0, 14) + '0';
    const result = precheck(ticket([IMEI_1, wrong], [IMEI_1, IMEI_2_TYPO], { slotChecks: [] }), { myRegisteredImeis: [] });
    expect(result.likelyVerdict).toBe('invalid-imei-observed');
  });

  it('puts not-owner ahead of nothing-to-correct and the SIM checklist', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [IMEI_1, IMEI_2], { slotChecks: [] }), { myRegisteredImeis: [] });
    expect(result.likelyVerdict).toBe('not-owner');
  });

  it('puts a full change ahead of the SIM checklist', () => {
    const result = precheck(ticket([IMEI_1, IMEI_2], [OTHER_1, OTHER_2], { slotChecks: [] }));
    expect(result.likelyVerdict).toBe('partial-correction-only');
  });
});
