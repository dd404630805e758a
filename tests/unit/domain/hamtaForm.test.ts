// Hamta's form: what each box receives, and the Persian description written from the pre-check for each mismatch case.
import { describe, expect, it } from 'vitest';
import { hamtaDescription, hamtaFields, hamtaImei, type HamtaFormInput } from '@/domain/hamtaForm';
import { DESCRIPTION_MAX } from '@/domain/schemas';

// A Galaxy A52's two IMEIs, and Hamta's copy of the second with digits 9 and 10 mistyped (still Luhn-valid).
const IMEI_1 = '350281374182634';
const IMEI_2 = '350281374182717';
const IMEI_2_TYPO = '350281375582717';
// Another phone, for a full change.
const OTHER_1 = '350056427741051';
const OTHER_2 = '350056427741135';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const toScript = (digits: string, script: string): string => digits.replace(/\d/g, (d) => script.charAt(Number(d)));

function input(correctImeis: string[], registeredImeis: string[], extra: Partial<HamtaFormInput> = {}): HamtaFormInput {
  return { correctImeis, registeredImeis, slotChecks: [true, true], description: '', ...extra };
}

/** Latin letters other than the word IMEI: the description is for Persian-reading reviewers. */
const latinWords = (text: string): string[] => text.replace(/IMEI/g, '').match(/[A-Za-z]+/g) ?? [];

describe('hamtaImei', () => {
  it('gives 15 ASCII digits whatever script and separators were typed', () => {
    expect(hamtaImei(toScript(IMEI_1, PERSIAN))).toBe(IMEI_1);
    expect(hamtaImei(toScript(IMEI_1, ARABIC))).toBe(IMEI_1);
    expect(hamtaImei(`35-028137 4182634\u200c`)).toBe(IMEI_1);
    expect(hamtaImei(`${IMEI_1}/01`)).toBe(IMEI_1);
  });

  it('reduces what it cannot read to its ASCII digits, never other scripts', () => {
    expect(hamtaImei(`۱۲۳abc`)).toBe('123');
  });
});

describe('hamtaFields', () => {
  it('lists the correct IMEIs, then Hamta’s, then the description, each with a stable id', () => {
    const fields = hamtaFields(input([IMEI_1, toScript(IMEI_2, PERSIAN)], [IMEI_1, IMEI_2_TYPO]), '  my text ');
    expect(fields).toEqual([
      { id: 'correct-1', kind: 'correct', slot: 0, value: IMEI_1 },
      { id: 'correct-2', kind: 'correct', slot: 1, value: IMEI_2 },
      { id: 'registered-1', kind: 'registered', slot: 0, value: IMEI_1 },
      { id: 'registered-2', kind: 'registered', slot: 1, value: IMEI_2_TYPO },
      { id: 'description', kind: 'description', value: 'my text' },
    ]);
    for (const field of fields.filter((entry) => entry.kind !== 'description')) expect(field.value).toMatch(/^[0-9]{15}$/);
  });

  it('leaves out an IMEI box Hamta does not need (it holds only one IMEI)', () => {
    const ids = hamtaFields(input([IMEI_1, IMEI_2], [IMEI_1, '']), '').map((field) => field.id);
    expect(ids).toEqual(['correct-1', 'correct-2', 'registered-1', 'description']);
  });
});

describe('hamtaDescription, one case at a time', () => {
  it('second-imei: names Hamta’s wrong IMEI, the digits that differ and what it should become', () => {
    const text = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO]));
    expect(text).toContain(`IMEI دوم ثبت‌شده در همتا (${IMEI_2_TYPO}) با IMEI درست گوشی (${IMEI_2}) در رقم‌های ۹ و ۱۰ فرق دارد`);
    expect(text).toContain(`باید به ${IMEI_2} اصلاح شود`);
    expect(text).not.toContain(`IMEI اول ثبت‌شده در همتا`);
  });

  it('missing-second: says Hamta holds only the first IMEI and which one is missing', () => {
    const text = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1]));
    expect(text).toContain('همتا فقط ۱ IMEI از این گوشی را دارد که درست است');
    expect(text).toContain(`IMEI دوم (${IMEI_2}) در همتا ثبت نشده`);
  });

  it('swapped: says the same IMEIs are held in the other slot order', () => {
    expect(hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_2, IMEI_1]))).toContain('جای آن‌ها در اسلات‌ها برعکس است');
  });

  it('no-mismatch: says the IMEIs already agree', () => {
    expect(hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2]))).toContain('با IMEIهای گوشی یکی است');
  });

  it('full-change: says no IMEI is in common', () => {
    expect(hamtaDescription(input([IMEI_1, IMEI_2], [OTHER_1, OTHER_2]))).toContain(
      'هیچ‌یک از IMEIهای ثبت‌شده در همتا با IMEIهای گوشی یکی نیست',
    );
  });

  it('lists both lists of IMEIs in ASCII digits, whatever script they were typed in', () => {
    const text = hamtaDescription(input([toScript(IMEI_1, PERSIAN), toScript(IMEI_2, ARABIC)], [IMEI_1, IMEI_2_TYPO]));
    expect(text).toContain(`IMEIهای درست گوشی (با شماره‌گیری ‎*#06#‎): IMEI اول: ${IMEI_1}، IMEI دوم: ${IMEI_2}.`);
    expect(text).toContain(`IMEIهای ثبت‌شده در همتا: IMEI اول: ${IMEI_1}، IMEI دوم: ${IMEI_2_TYPO}.`);
    expect(text).not.toMatch(/[۰-۹٠-٩]{15}/);
  });

  it('is Persian: no Latin words but IMEI', () => {
    for (const registered of [[IMEI_1, IMEI_2_TYPO], [IMEI_1], [IMEI_2, IMEI_1], [IMEI_1, IMEI_2], [OTHER_1, OTHER_2]]) {
      expect(latinWords(hamtaDescription(input([IMEI_1, IMEI_2], registered)))).toEqual([]);
    }
  });
});

describe('hamtaDescription: the SIM in every slot and the user’s own words', () => {
  it('says the SIM was tried in every slot only when every slot is confirmed', () => {
    const all = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { slotChecks: [true, true] }));
    expect(all).toContain('تک‌به‌تک در همهٔ اسلات‌ها');
    const one = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { slotChecks: [true, false] }));
    expect(one).not.toContain('همهٔ اسلات‌ها');
    expect(one).toContain('در اسلات ۱ گذاشتم');
    const none = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { slotChecks: [false, false] }));
    expect(none).not.toContain('سیم‌کارت مالک');
  });

  it('ends with what the user wrote', () => {
    const text = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { description: '  سیم‌کارت دوم سرویس ندارد.  ' }));
    expect(text.endsWith('\nتوضیح من: سیم‌کارت دوم سرویس ندارد.')).toBe(true);
  });

  it('never passes the description limit: the user’s words are shortened first', () => {
    const text = hamtaDescription(input([IMEI_1, IMEI_2], [IMEI_1, IMEI_2_TYPO], { description: 'ب'.repeat(DESCRIPTION_MAX) }));
    expect(text.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(text).toContain('رقم‌های ۹ و ۱۰');
    expect(text.endsWith('…')).toBe(true);
  });

  it('still describes a ticket whose lists cannot be compared', () => {
    const text = hamtaDescription(input([IMEI_1, IMEI_1], [IMEI_1]));
    expect(text).toContain(`IMEIهای درست گوشی`);
    expect(text).not.toContain('فرق دارد');
  });
});
