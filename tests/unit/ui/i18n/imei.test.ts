// The IMEI words: every problem, warning and pairing finding is worded in both languages, with its fix.
import { describe, expect, test } from 'vitest';
import { parseImei, type ParsedImei } from '@/domain/imei';
import { pairSlots, type PairingFinding, type PairingFindingCode } from '@/domain/pairing';
import { LANGS } from '@/domain/schemas';
import { imeiMessages, imeiProblemText, imeiWarningText, pairingFindingText } from '@/ui/i18n/imei';

// One typed input per ImeiError code.
const PROBLEM_INPUTS = {
  empty: '',
  'not-digits': '35693803564380x',
  'too-short': '35693803564380',
  'too-long': '3569380356438091',
  'check-digit': '356938035643800',
} as const;

const VALID = '356938035643809';
const VALID_SAME_MODEL = '356938035643817';
const OTHER_MODEL = '861234567890127';

/** Persian text must show Persian digits; only the dial code *#06# stays as typed on the keypad. */
function asciiDigitsOutsideDialCode(text: string): string[] {
  return text.replaceAll('*#06#', '').match(/[0-9]/g) ?? [];
}

describe('imeiProblemText', () => {
  for (const lang of LANGS) {
    test(`words each IMEI error differently in ${lang}`, () => {
      const texts = Object.entries(PROBLEM_INPUTS).map(([code, input]) => {
        const parsed = parseImei(input);
        expect(parsed.ok ? null : parsed.error).toBe(code);
        return imeiProblemText(imeiMessages[lang], parsed);
      });
      for (const text of texts) expect(text?.trim()).toBeTruthy();
      expect(new Set(texts).size).toBe(texts.length);
    });
  }

  test('a valid IMEI has no problem to word', () => {
    expect(imeiProblemText(imeiMessages.en, parseImei(VALID))).toBeNull();
  });

  test('a wrong check digit names the digit it should be, in Persian digits in Persian', () => {
    const parsed = parseImei('356938035643800');
    expect(imeiProblemText(imeiMessages.en, parsed)).toContain('The last digit should be 9');
    const persian = imeiProblemText(imeiMessages.fa, parsed) ?? '';
    expect(persian).toContain('۹');
    expect(asciiDigitsOutsideDialCode(persian)).toEqual([]);
  });

  test('14 digits are completed with their check digit', () => {
    expect(imeiProblemText(imeiMessages.en, parseImei('35693803564380'))).toContain(VALID);
    expect(imeiProblemText(imeiMessages.fa, parseImei('35693803564380'))).toContain('۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹');
  });

  test('16 digits are read as an IMEISV and the IMEI inside is named', () => {
    const text = imeiProblemText(imeiMessages.en, parseImei('3569380356438091')) ?? '';
    expect(text).toContain('IMEISV');
    expect(text).toContain(VALID);
  });

  test('too short or too long without a suggestion still says an IMEI has 15 digits', () => {
    const short: ParsedImei = { ok: false, error: 'too-short' };
    const long: ParsedImei = { ok: false, error: 'too-long' };
    expect(imeiProblemText(imeiMessages.en, short)).toContain('15 digits');
    expect(imeiProblemText(imeiMessages.en, long)).toContain('15 digits');
  });
});

describe('imeiWarningText', () => {
  for (const lang of LANGS) {
    test(`words each plausibility warning differently in ${lang}, and an unknown one generally`, () => {
      const t = imeiMessages[lang];
      const texts = ['repeated-digit', 'test-tac', 'placeholder', 'a-future-warning'].map((code) => imeiWarningText(t, code));
      expect(new Set(texts).size).toBe(4);
      expect(texts[3]).toBe(t.warnOther);
    });
  }

  test('a placeholder IMEI from a modem gets both of its warnings worded', () => {
    const parsed = parseImei('004999010640000');
    if (!parsed.ok) throw new Error('the modem placeholder is a valid IMEI');
    const texts = parsed.warnings.map((warning) => imeiWarningText(imeiMessages.en, warning));
    expect(texts).toEqual([imeiMessages.en.warnTestTac, imeiMessages.en.warnPlaceholder]);
  });
});

describe('pairingFindingText', () => {
  const findingsByCode = (raw: string[], slotCount: number): Map<PairingFindingCode, PairingFinding> => {
    const pairing = pairSlots(raw, slotCount);
    return new Map([...pairing.errors, ...pairing.warnings].map((finding) => [finding.code, finding]));
  };

  test('counts slots from 1 as people do: slot index 1 repeating slot index 0 is "slot 2 … slot 1"', () => {
    const duplicate = findingsByCode([VALID, VALID], 2).get('duplicate-imei');
    expect(duplicate).toBeDefined();
    expect(pairingFindingText(imeiMessages.en, duplicate as PairingFinding)).toBe('Slot 2 holds the same IMEI as slot 1.');
  });

  for (const lang of LANGS) {
    test(`words every pairing finding code in ${lang}`, () => {
      const found = new Map([
        ...findingsByCode(['', '35693803564380x'], 2),
        ...findingsByCode([VALID, VALID], 2),
        ...findingsByCode([VALID, OTHER_MODEL], 2),
        ...findingsByCode(['004999010640000', VALID_SAME_MODEL], 2),
        ...findingsByCode([VALID, VALID_SAME_MODEL, OTHER_MODEL], 2),
      ]);
      const codes: PairingFindingCode[] = [
        'slot-empty',
        'slot-invalid',
        'duplicate-imei',
        'slot-extra',
        'tac-mismatch',
        'slot-implausible',
      ];
      const texts = codes.map((code) => {
        const finding = found.get(code);
        expect(finding, code).toBeDefined();
        return pairingFindingText(imeiMessages[lang], finding as PairingFinding);
      });
      expect(new Set(texts).size).toBe(codes.length);
      if (lang === 'fa') for (const text of texts) expect(asciiDigitsOutsideDialCode(text)).toEqual([]);
    });
  }

  test('an invalid slot says what is wrong with it', () => {
    const invalid = findingsByCode([VALID, '356938035643810'], 2).get('slot-invalid');
    expect(pairingFindingText(imeiMessages.en, invalid as PairingFinding)).toMatch(
      /^The IMEI of slot 2 is not valid\. The last digit should be \d/,
    );
  });
});

test('both languages word the same keys', () => {
  expect(Object.keys(imeiMessages.fa).sort()).toEqual(Object.keys(imeiMessages.en).sort());
});
