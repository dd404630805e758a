// The Iranian mobile number normaliser: every way a person writes a number, and every way it can be wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhone, PHONE_INPUT_MAX_LENGTH } from '@/domain/phone';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

function toScript(text: string, digits: string): string {
  return text.replace(/[0-9]/g, (digit) => digits[Number(digit)] ?? digit);
}

describe('normalisePhone', () => {
  it.each([
    ['09123456789', '09123456789'],
    ['0912 345 6789', '09123456789'],
    ['0912-345-6789', '09123456789'],
    ['(0912) 345.6789', '09123456789'],
    ['+989123456789', '09123456789'],
    ['+98 912 345 6789', '09123456789'],
    ['+98 (0)912 345 6789', '09123456789'],
    ['00989123456789', '09123456789'],
    ['989123456789', '09123456789'],
    ['9123456789', '09123456789'],
    ['  09351112233  ', '09351112233'],
    ['\u200f0912\u200c345\u200e6789', '09123456789'],
  ])('reads %j as %s', (raw, phone) => {
    expect(normalisePhone(raw)).toEqual({ ok: true, phone });
  });

  it('reads Persian and Arabic-Indic digits, and a mix of them', () => {
    expect(normalisePhone(toScript('0912 345 6789', PERSIAN))).toEqual({ ok: true, phone: '09123456789' });
    expect(normalisePhone(toScript('+98 912 345 6789', ARABIC))).toEqual({ ok: true, phone: '09123456789' });
    expect(normalisePhone('۰۹۱۲3456٧٨٩')).toEqual({ ok: true, phone: '09123456789' });
  });

  it('calls a blank box empty', () => {
    expect(normalisePhone('')).toEqual({ ok: false, error: 'empty' });
    expect(normalisePhone('   ')).toEqual({ ok: false, error: 'empty' });
    expect(normalisePhone(' '.repeat(PHONE_INPUT_MAX_LENGTH + 10))).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses letters and other symbols as not digits', () => {
    expect(normalisePhone('0912abc6789')).toEqual({ ok: false, error: 'not-digits' });
    expect(normalisePhone('0912*345*6789')).toEqual({ ok: false, error: 'not-digits' });
    expect(normalisePhone('09123+456789')).toEqual({ ok: false, error: 'not-digits' });
    expect(normalisePhone('<script>')).toEqual({ ok: false, error: 'not-digits' });
  });

  it('says a mobile number of the wrong length is the wrong length', () => {
    expect(normalisePhone('0912345678')).toEqual({ ok: false, error: 'wrong-length' });
    expect(normalisePhone('091234567890')).toEqual({ ok: false, error: 'wrong-length' });
    expect(normalisePhone('0')).toEqual({ ok: false, error: 'wrong-length' });
    expect(normalisePhone('+98 912')).toEqual({ ok: false, error: 'wrong-length' });
  });

  it('says a landline or a foreign number is not an Iranian mobile', () => {
    expect(normalisePhone('02112345678')).toEqual({ ok: false, error: 'not-mobile' });
    expect(normalisePhone('+1 555 123 4567')).toEqual({ ok: false, error: 'not-mobile' });
    expect(normalisePhone('0044 7700 900123')).toEqual({ ok: false, error: 'not-mobile' });
    expect(normalisePhone('12345')).toEqual({ ok: false, error: 'not-mobile' });
  });

  it('refuses a huge paste at once', () => {
    const started = performance.now();
    expect(normalisePhone('0'.repeat(100_000))).toEqual({ ok: false, error: 'wrong-length' });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('never throws, and always answers with a valid number or a known error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (raw) => {
        const result = normalisePhone(raw);
        if (result.ok) expect(result.phone).toMatch(/^09\d{9}$/);
        else expect(['empty', 'not-digits', 'wrong-length', 'not-mobile']).toContain(result.error);
      }),
    );
  });

  it('keeps every mobile number whatever prefix, digit script and separators it is written with', () => {
    const separator = fc.constantFrom('', ' ', '-', '.', '\u200c', '\u00a0');
    fc.assert(
      fc.property(
        fc.stringMatching(/^9\d{9}$/),
        fc.constantFrom('0', '+98', '+98 0', '0098', '98', ''),
        fc.constantFrom('0123456789', PERSIAN, ARABIC),
        fc.array(separator, { minLength: 10, maxLength: 10 }),
        (national, prefix, script, separators) => {
          const spaced = [...national].map((digit, index) => `${digit}${separators[index] ?? ''}`).join('');
          const raw = toScript(`${prefix}${spaced}`, script);
          expect(normalisePhone(raw)).toEqual({ ok: true, phone: `0${national}` });
        },
      ),
    );
  });
});
