// Rules of parseImei and luhnCheckDigit: digit scripts, separators, IMEI/SV, suggestions, warnings, hostile input.
import { describe, expect, it } from 'vitest';
import {
  IMEI_INPUT_MAX_LENGTH,
  PLACEHOLDER_IMEIS,
  digitValue,
  isDigitGroupSeparator,
  isInvisibleMark,
  luhnCheckDigit,
  parseImei,
} from '@/domain/imei';

const VALID = '356938035643809';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const inScript = (digits: string, script: string): string => digits.replace(/\d/g, (d) => script.charAt(Number(d)));

/** Luhn by the textbook (from the right, double every second digit), independent of the code under test. */
function referenceLuhnValid(imei: string): boolean {
  let sum = 0;
  [...imei].reverse().forEach((char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return sum % 10 === 0;
}

describe('parseImei: valid IMEIs', () => {
  it.each(['490154203237518', '356938035643809', '352099001761481'])('accepts the well-known valid IMEI %s', (imei) => {
    expect(referenceLuhnValid(imei)).toBe(true);
    const parsed = parseImei(imei);
    expect(parsed).toMatchObject({ ok: true, imei, tac: imei.slice(0, 8) });
  });

  it('gives no warnings and no svn for an ordinary IMEI', () => {
    expect(parseImei(VALID)).toEqual({ ok: true, imei: VALID, tac: '35693803', warnings: [] });
  });

  it('reads Persian digits', () => {
    expect(parseImei(inScript(VALID, PERSIAN))).toMatchObject({ ok: true, imei: VALID });
  });

  it('reads Arabic-Indic digits', () => {
    expect(parseImei(inScript(VALID, ARABIC))).toMatchObject({ ok: true, imei: VALID });
  });

  it('reads a mix of the three digit scripts', () => {
    const mixed = [...VALID].map((d, i) => [d, PERSIAN.charAt(Number(d)), ARABIC.charAt(Number(d))][i % 3]).join('');
    expect(parseImei(mixed)).toMatchObject({ ok: true, imei: VALID });
  });

  it.each([
    ['space', '35 693803 564380 9'],
    ['dashes', '35-693803-564380-9'],
    ['dots', '35.693803.564380.9'],
    ['tab and newline', '356938\t035643\n809'],
    ['leading and trailing spaces', '  356938035643809  '],
    ['no-break space', '356938\u00a0035643809'],
    ['thin and hair spaces', '356938\u2009035\u200a643809'],
    ['en quad, em and six-per-em spaces', '35\u2000693803\u2003564380\u20069'],
    ['narrow no-break space', '35\u202f693803\u202f564380\u202f9'],
    ['medium mathematical space', '35\u205f693803564380 9'],
    ['ideographic space', '35\u3000693803\u3000564380\u30009'],
    ['byte-order mark', '\ufeff356938035643809'],
    ['ZWNJ between Persian digits', '۳۵۶۹۳۸\u200c۰۳۵۶۴۳۸۰۹'],
    ['ZWJ and ZWSP', '356938\u200d035643\u200b809'],
    ['LRM and RLM around the number', '\u200e356938035643809\u200f'],
    ['bidi embeddings and isolates', '\u202a35693803\u202c\u20665643809\u2069'],
    ['Arabic letter mark', '\u061c356938035643809'],
    ['en dash and minus sign', '35\u2013693803\u2212564380-9'],
    ['Persian keypad decimal separator', '35٫693803٫564380٫9'],
  ])('ignores %s', (_kind, typed) => {
    expect(parseImei(typed)).toMatchObject({ ok: true, imei: VALID });
  });

  it('always returns 15 ASCII digits and the first 8 as the TAC', () => {
    const parsed = parseImei(' ۳۵-۶۹۳۸۰۳-۵۶۴۳۸۰-۹ ');
    expect(parsed.ok && parsed.imei).toBe(VALID);
    expect(parsed.ok && parsed.tac).toBe('35693803');
  });
});

describe('parseImei: IMEI/SV', () => {
  it('accepts 15 digits + "/" + software version and keeps the svn', () => {
    expect(parseImei('356938035643809/01')).toEqual({
      ok: true,
      imei: VALID,
      tac: '35693803',
      svn: '01',
      warnings: [],
    });
  });

  it('accepts 14 digits + "/01" and completes the check digit', () => {
    expect(parseImei('35693803564380/01')).toMatchObject({ ok: true, imei: VALID, svn: '01' });
  });

  it('accepts spaces around the slash and Persian digits', () => {
    expect(parseImei('۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹ / ۲۳')).toMatchObject({ ok: true, imei: VALID, svn: '23' });
  });

  it('still checks the check digit of 15 digits before the slash', () => {
    expect(parseImei('356938035643808/01')).toMatchObject({ ok: false, error: 'check-digit', expectedCheckDigit: '9' });
  });

  it('refuses a software version that is not two digits', () => {
    expect(parseImei('356938035643809/1')).toMatchObject({ ok: false, error: 'not-digits' });
    expect(parseImei('356938035643809/012')).toMatchObject({ ok: false, error: 'not-digits' });
    expect(parseImei('356938035643809/')).toMatchObject({ ok: false, error: 'not-digits' });
  });

  it('refuses two slashes', () => {
    expect(parseImei('356938035643809/0/1')).toMatchObject({ ok: false, error: 'not-digits' });
  });

  it('judges the length of the part before the slash', () => {
    expect(parseImei('3569380356438/01')).toEqual({ ok: false, error: 'too-short' });
    expect(parseImei('3569380356438091/01')).toEqual({ ok: false, error: 'too-long' });
  });
});

describe('parseImei: wrong lengths and check digits', () => {
  it('completes 14 digits in the suggestion of too-short', () => {
    expect(parseImei('35693803564380')).toEqual({ ok: false, error: 'too-short', suggestion: VALID });
  });

  it('gives fewer than 14 digits too-short with no suggestion', () => {
    expect(parseImei('3569380356438')).toEqual({ ok: false, error: 'too-short' });
    expect(parseImei('1')).toEqual({ ok: false, error: 'too-short' });
  });

  it('gives 16 digits too-long with the IMEI it would be as an IMEISV', () => {
    expect(parseImei('3569380356438001')).toEqual({ ok: false, error: 'too-long', suggestion: VALID });
  });

  it('gives more than 16 digits too-long with no suggestion', () => {
    expect(parseImei('35693803564380912')).toEqual({ ok: false, error: 'too-long' });
  });

  it('gives a wrong last digit check-digit with the expected digit and the corrected IMEI', () => {
    expect(parseImei('356938035643808')).toEqual({
      ok: false,
      error: 'check-digit',
      expectedCheckDigit: '9',
      suggestion: VALID,
    });
  });

  it('finds the check digit error in Persian input too', () => {
    expect(parseImei(inScript('490154203237510', PERSIAN))).toMatchObject({
      error: 'check-digit',
      expectedCheckDigit: '8',
      suggestion: '490154203237518',
    });
  });

  it('gives a repeated-digit-looking IMEI with a wrong check digit check-digit, not a warning', () => {
    expect(parseImei('111111111111116')).toMatchObject({ ok: false, error: 'check-digit', expectedCheckDigit: '9' });
  });
});

describe('parseImei: empty and foreign characters', () => {
  it.each([[''], ['   '], ['-'], [' - . '], ['\u200c\u200e'], ['\u3000\t\n']])('gives %j empty', (typed) => {
    expect(parseImei(typed)).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    ['a letter', '35693803564380a'],
    ['the label IMEI', 'IMEI: 356938035643809'],
    ['an emoji', '356938035643809😀'],
    ['a lone surrogate', '35693803564380\ud800'],
    ['a NUL byte', '356938035643809\u0000'],
    ['HTML', '<b>356938035643809</b>'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a plus sign', '+356938035643809'],
    ['the dial code', '*#06#'],
    ['a hash', '356938035643809#'],
    ['a comma', '356938,035643809'],
    ['fullwidth digits', '３５６９３８０３５６４３８０９'],
    ['a slash alone', '/'],
  ])('gives %s not-digits', (_kind, typed) => {
    expect(parseImei(typed)).toEqual({ ok: false, error: 'not-digits' });
  });

  it('never throws on values that are not strings', () => {
    expect(parseImei(undefined as unknown as string)).toEqual({ ok: false, error: 'empty' });
    expect(parseImei(null as unknown as string)).toEqual({ ok: false, error: 'empty' });
    expect(parseImei(356938035643809 as unknown as string)).toEqual({ ok: false, error: 'not-digits' });
  });
});

describe('parseImei: huge input', () => {
  const twoMegabytes = 2 * 1024 * 1024;

  it('gives 2 MB of digits too-long', () => {
    expect(parseImei('1'.repeat(twoMegabytes))).toEqual({ ok: false, error: 'too-long' });
  });

  it('gives 2 MB with a letter at the very end not-digits', () => {
    expect(parseImei(`${'1'.repeat(twoMegabytes)}x`)).toEqual({ ok: false, error: 'not-digits' });
  });

  it('gives 2 MB of emoji not-digits', () => {
    expect(parseImei('😀'.repeat(twoMegabytes / 2))).toEqual({ ok: false, error: 'not-digits' });
  });

  it('gives input over the length cap too-long even when it holds an IMEI among spaces', () => {
    expect(parseImei(`${' '.repeat(IMEI_INPUT_MAX_LENGTH)}${VALID}`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('still reads an IMEI padded up to the cap', () => {
    const padding = ' '.repeat((IMEI_INPUT_MAX_LENGTH - VALID.length) / 2);
    const padded = `${padding}${VALID}${padding}`.slice(0, IMEI_INPUT_MAX_LENGTH);
    expect(parseImei(padded)).toMatchObject({ ok: true, imei: VALID });
  });
});

describe('parseImei: warnings on valid but implausible IMEIs', () => {
  it('warns repeated-digit when the first 14 digits are one digit', () => {
    expect(parseImei('111111111111119')).toMatchObject({ ok: true, warnings: ['repeated-digit'] });
    expect(parseImei('999999999999994')).toMatchObject({ ok: true, warnings: ['repeated-digit'] });
  });

  it('does not warn repeated-digit when only 13 of the first 14 digits repeat', () => {
    const body = '11111111111112';
    const parsed = parseImei(body + luhnCheckDigit(body));
    expect(parsed.ok && parsed.warnings).not.toContain('repeated-digit');
  });

  it('gives all zeros every warning that applies', () => {
    expect(parseImei('000000000000000')).toMatchObject({
      ok: true,
      warnings: ['repeated-digit', 'test-tac', 'placeholder'],
    });
  });

  it('warns test-tac when the IMEI starts with 00', () => {
    const body = '00123456789012';
    expect(parseImei(body + luhnCheckDigit(body))).toMatchObject({ ok: true, warnings: ['test-tac'] });
  });

  it('does not warn test-tac for a single leading zero', () => {
    const body = '01987654321098';
    expect(parseImei(body + luhnCheckDigit(body))).toMatchObject({ ok: true, warnings: [] });
  });

  it.each(['004999010640000', '352099001761481', '358240051111110', '123456789012347', '012345678901237', '490154203237518'])(
    'warns placeholder for %s',
    (imei) => {
      const parsed = parseImei(imei);
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.warnings).toContain('placeholder');
    },
  );

  it('keeps every listed placeholder Luhn-valid, so it can be reached at all', () => {
    for (const imei of PLACEHOLDER_IMEIS) expect(referenceLuhnValid(imei), imei).toBe(true);
  });

  it('warns placeholder for the IMEISV form of a placeholder (35209900176148/23)', () => {
    expect(parseImei('35-209900-176148/23')).toMatchObject({ ok: true, imei: '352099001761481', svn: '23' });
    const parsed = parseImei('35-209900-176148/23');
    expect(parsed.ok && parsed.warnings).toContain('placeholder');
  });
});

describe('luhnCheckDigit', () => {
  it('computes the check digit of known IMEIs', () => {
    expect(luhnCheckDigit('49015420323751')).toBe('8');
    expect(luhnCheckDigit('35693803564380')).toBe('9');
    expect(luhnCheckDigit('35693803564381')).toBe('7');
    expect(luhnCheckDigit('00000000000000')).toBe('0');
  });

  it('accepts Persian and Arabic-Indic digits', () => {
    expect(luhnCheckDigit(inScript('49015420323751', PERSIAN))).toBe('8');
    expect(luhnCheckDigit(inScript('49015420323751', ARABIC))).toBe('8');
  });

  it.each([[''], ['1234567890123'], ['123456789012345'], ['1234567890123a'], ['1234567 890123']])(
    'returns an empty string for %j instead of throwing',
    (input) => {
      expect(luhnCheckDigit(input)).toBe('');
    },
  );
});

describe('character classes shared with other readers', () => {
  it('gives the value of a digit in each script and -1 otherwise', () => {
    expect(digitValue('7'.charCodeAt(0))).toBe(7);
    expect(digitValue('۷'.charCodeAt(0))).toBe(7);
    expect(digitValue('٧'.charCodeAt(0))).toBe(7);
    expect(digitValue('a'.charCodeAt(0))).toBe(-1);
    expect(digitValue(0x1f600)).toBe(-1);
  });

  it('tells invisible marks from visible separators', () => {
    expect(isInvisibleMark(0x200c)).toBe(true);
    expect(isInvisibleMark(0x20)).toBe(false);
    expect(isDigitGroupSeparator(0x20)).toBe(true);
    expect(isDigitGroupSeparator('-'.charCodeAt(0))).toBe(true);
    expect(isDigitGroupSeparator(0x200c)).toBe(false);
    expect(isDigitGroupSeparator('/'.charCodeAt(0))).toBe(false);
  });
});
