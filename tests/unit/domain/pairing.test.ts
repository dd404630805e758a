// Rules of pairSlots: every slot filled and valid, no IMEI twice, differing TACs and implausible IMEIs as warnings.
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@/domain/imei';
import { pairSlots } from '@/domain/pairing';
import { MAX_SLOTS } from '@/domain/schemas';

const SLOT_1 = '356938035643809';
const SLOT_2 = '356938035643817'; // same TAC as SLOT_1, as on most dual-SIM phones
const OTHER_TAC_BODY = '86123456789012';
const OTHER_TAC = OTHER_TAC_BODY + luhnCheckDigit(OTHER_TAC_BODY);

describe('pairSlots', () => {
  it('accepts two valid, different IMEIs with one TAC and reports them normalised', () => {
    const pairing = pairSlots(['۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹', '35-693803-564381-7']);
    expect(pairing).toMatchObject({ ok: true, imeis: [SLOT_1, SLOT_2], errors: [], warnings: [] });
    expect(pairing.parsed).toHaveLength(2);
  });

  it('accepts a single-slot device', () => {
    expect(pairSlots([SLOT_1], 1)).toMatchObject({ ok: true, imeis: [SLOT_1] });
  });

  it('reports an empty slot as slot-empty with its 0-based index', () => {
    const pairing = pairSlots([SLOT_1, '  ']);
    expect(pairing.ok).toBe(false);
    expect(pairing.imeis).toEqual([SLOT_1, null]);
    expect(pairing.errors).toEqual([{ code: 'slot-empty', slot: 1 }]);
  });

  it('counts slots the device has but that were not given as empty', () => {
    const pairing = pairSlots([SLOT_1], 2);
    expect(pairing.errors).toEqual([{ code: 'slot-empty', slot: 1 }]);
    expect(pairing.parsed).toHaveLength(2);
  });

  it('reports an invalid slot as slot-invalid carrying the parse error and its suggestion', () => {
    const pairing = pairSlots(['356938035643808', SLOT_2]);
    expect(pairing.ok).toBe(false);
    expect(pairing.errors).toEqual([
      {
        code: 'slot-invalid',
        slot: 0,
        parsed: { ok: false, error: 'check-digit', expectedCheckDigit: '9', suggestion: SLOT_1 },
      },
    ]);
  });

  it('reports the same IMEI in two slots as duplicate-imei pointing at the first slot', () => {
    const pairing = pairSlots([SLOT_1, SLOT_1]);
    expect(pairing.ok).toBe(false);
    expect(pairing.errors).toEqual([{ code: 'duplicate-imei', slot: 1, otherSlot: 0 }]);
  });

  it('finds duplicates after normalisation (Persian digits, IMEI/SV, 14 digits + /01)', () => {
    const pairing = pairSlots(['35693803564380/01', '۳۵۶ ۹۳۸ ۰۳۵ ۶۴۳ ۸۰۹'], 2);
    expect(pairing.errors).toEqual([{ code: 'duplicate-imei', slot: 1, otherSlot: 0 }]);
  });

  it('points every later copy at the first slot that holds the IMEI', () => {
    const pairing = pairSlots([SLOT_2, SLOT_1, SLOT_1, SLOT_1], 4);
    expect(pairing.errors).toEqual([
      { code: 'duplicate-imei', slot: 2, otherSlot: 1 },
      { code: 'duplicate-imei', slot: 3, otherSlot: 1 },
    ]);
  });

  it('warns tac-mismatch when the TACs differ, without making it an error', () => {
    const pairing = pairSlots([SLOT_1, OTHER_TAC]);
    expect(pairing.ok).toBe(true);
    expect(pairing.errors).toEqual([]);
    expect(pairing.warnings).toEqual([{ code: 'tac-mismatch', slot: 1, otherSlot: 0 }]);
  });

  it('compares TACs with the first valid slot when slot 1 is invalid', () => {
    const pairing = pairSlots(['abc', SLOT_1, OTHER_TAC]);
    expect(pairing.warnings).toEqual([{ code: 'tac-mismatch', slot: 2, otherSlot: 1 }]);
  });

  it('warns slot-implausible for a placeholder IMEI, carrying its warnings', () => {
    const pairing = pairSlots(['352099001761481', '352099001761499']);
    expect(pairing.ok).toBe(true);
    const implausible = pairing.warnings.find((finding) => finding.code === 'slot-implausible');
    expect(implausible).toMatchObject({ slot: 0, parsed: { ok: true, warnings: ['placeholder'] } });
  });

  it('reports an IMEI typed beyond the slot count as slot-extra, and ignores blank extras', () => {
    expect(pairSlots([SLOT_1, SLOT_2, OTHER_TAC], 2).errors).toMatchObject([{ code: 'slot-extra', slot: 2 }]);
    expect(pairSlots([SLOT_1, SLOT_2, ' '], 2)).toMatchObject({ ok: true, imeis: [SLOT_1, SLOT_2] });
  });

  it('never judges more than MAX_SLOTS slots', () => {
    const pairing = pairSlots([SLOT_1, SLOT_2], 99);
    expect(pairing.parsed).toHaveLength(MAX_SLOTS);
    expect(pairing.errors.filter((finding) => finding.code === 'slot-empty')).toHaveLength(MAX_SLOTS - 2);
  });

  it('treats no input at all as one empty slot', () => {
    expect(pairSlots([])).toMatchObject({ ok: false, errors: [{ code: 'slot-empty', slot: 0 }] });
  });

  it('lists every problem of a bad pair at once', () => {
    const pairing = pairSlots(['', 'hello', SLOT_1, SLOT_1], 4);
    expect(pairing.errors.map((finding) => finding.code)).toEqual(['slot-empty', 'slot-invalid', 'duplicate-imei']);
  });
});
