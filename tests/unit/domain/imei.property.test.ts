// Properties of parseImei over generated input: it never throws, and every valid IMEI survives how people type it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, parseImei, type ImeiError } from '@/domain/imei';

const ERRORS: readonly ImeiError[] = ['empty', 'not-digits', 'too-short', 'too-long', 'check-digit'];
const SCRIPTS = ['0123456789', '۰۱۲۳۴۵۶۷۸۹', '٠١٢٣٤٥٦٧٨٩'] as const;
/** Everything a person (or a copy from RTL text) may put between digits. */
const SEPARATORS = [
  ' ',
  '\t',
  '\u00a0',
  '\u2002',
  '\u2009',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202b',
  '\u202c',
  '\u2067',
  '\u2069',
  '-',
  '.',
  '\u2013',
] as const;

const first14Digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }).map((ds) => ds.join(''));
const validImei = first14Digits.map((body) => body + luhnCheckDigit(body));
/** Any Unicode code point (astral planes and emoji included). */
const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCodePoint(code));
/** Any UTF-16 code unit, lone surrogates included: what a broken paste may hold. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** The IMEI written digit by digit in a random script, with random separators around each digit. */
const typedImei = validImei.chain((imei) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(0, 1, 2), { minLength: 15, maxLength: 15 }),
      fc.array(fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 2 }), { minLength: 16, maxLength: 16 }),
    )
    .map(([scripts, gaps]) => {
      let typed = gaps[0]?.join('') ?? '';
      [...imei].forEach((digit, i) => {
        typed += SCRIPTS[scripts[i] ?? 0].charAt(Number(digit)) + (gaps[i + 1]?.join('') ?? '');
      });
      return { imei, typed };
    }),
);

function expectWellFormed(input: string): void {
  const parsed = parseImei(input);
  if (parsed.ok) {
    expect(parsed.imei).toMatch(/^[0-9]{15}$/);
    expect(parsed.tac).toBe(parsed.imei.slice(0, 8));
    expect(luhnCheckDigit(parsed.imei.slice(0, 14))).toBe(parsed.imei.charAt(14));
  } else {
    expect(ERRORS).toContain(parsed.error);
  }
}

describe('parseImei properties', () => {
  it('never throws and always answers in shape on printable strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), expectWellFormed));
  });

  it('never throws on any code points', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodePoint, maxLength: 60 }), expectWellFormed));
  });

  it('never throws on any UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 60 }), expectWellFormed));
  });

  it('never throws on digit-heavy strings of any length around the input cap', () => {
    const digitish = fc.constantFrom('3', '۵', '٩', ' ', '-', '/', '\u200c', 'x');
    fc.assert(fc.property(fc.string({ unit: digitish, maxLength: 300 }), expectWellFormed));
  });

  it('reads every valid IMEI written in any mix of digit scripts and separators as itself', () => {
    fc.assert(
      fc.property(typedImei, ({ imei, typed }) => {
        expect(parseImei(typed)).toMatchObject({ ok: true, imei, tac: imei.slice(0, 8) });
      }),
    );
  });

  it('rejects every single-digit change of a valid IMEI with check-digit', () => {
    fc.assert(
      fc.property(validImei, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (imei, position, shift) => {
        const changedDigit = String((Number(imei.charAt(position)) + shift) % 10);
        const changed = imei.slice(0, position) + changedDigit + imei.slice(position + 1);
        const parsed = parseImei(changed);
        expect(parsed).toMatchObject({ ok: false, error: 'check-digit' });
        if (!parsed.ok && position === 14) {
          // Only the check digit was wrong: the fix is the original IMEI.
          expect(parsed.expectedCheckDigit).toBe(imei.charAt(14));
          expect(parsed.suggestion).toBe(imei);
        }
      }),
    );
  });

  it('suggests, for 14 digits, the valid IMEI that starts with them', () => {
    fc.assert(
      fc.property(first14Digits, (body) => {
        const parsed = parseImei(body);
        expect(parsed).toMatchObject({ ok: false, error: 'too-short' });
        const suggestion = parsed.ok ? '' : (parsed.suggestion ?? '');
        expect(suggestion.slice(0, 14)).toBe(body);
        expect(parseImei(suggestion).ok).toBe(true);
      }),
    );
  });

  it('reads 14 or 15 digits followed by "/" and two digits as an IMEI/SV', () => {
    fc.assert(
      fc.property(validImei, fc.boolean(), fc.integer({ min: 0, max: 99 }), (imei, withCheckDigit, version) => {
        const svn = String(version).padStart(2, '0');
        const typed = `${withCheckDigit ? imei : imei.slice(0, 14)}/${svn}`;
        expect(parseImei(typed)).toMatchObject({ ok: true, imei, svn });
      }),
    );
  });

  it('judges a string of ASCII digits by its length alone, except for the check digit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 40 }), (digits) => {
        const parsed = parseImei(digits);
        if (digits.length === 0) expect(parsed).toEqual({ ok: false, error: 'empty' });
        else if (digits.length < 14) expect(parsed).toEqual({ ok: false, error: 'too-short' });
        else if (digits.length === 14) expect(parsed).toMatchObject({ ok: false, error: 'too-short' });
        else if (digits.length === 15) expect(parsed.ok || (!parsed.ok && parsed.error === 'check-digit')).toBe(true);
        else if (digits.length === 16) expect(parsed).toMatchObject({ ok: false, error: 'too-long' });
        else expect(parsed).toEqual({ ok: false, error: 'too-long' });
      }),
    );
  });

  it('gives the same IMEI when its own answer is parsed again', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          typedImei.map(({ typed }) => typed),
          fc.string({ maxLength: 20 }),
        ),
        (typed) => {
          const parsed = parseImei(typed);
          if (parsed.ok) expect(parseImei(parsed.imei)).toMatchObject({ ok: true, imei: parsed.imei });
        },
      ),
    );
  });
});
