// IMEI parsing: digits of any script a user may type, separators, IMEISV, the Luhn check and plausibility warnings.
import { onFirstUse } from './onFirstUse';

export type ImeiError = 'empty' | 'not-digits' | 'too-short' | 'too-long' | 'check-digit';
export type ImeiWarning = 'repeated-digit' | 'test-tac' | 'placeholder' | (string & {});
export type ParsedImei =
  | { ok: true; imei: string; tac: string; svn?: string; warnings: ImeiWarning[] }
  | { ok: false; error: ImeiError; expectedCheckDigit?: string; suggestion?: string };

/**
 * IMEIs that emulators, modems and documentation report instead of a real one.
 * They pass the Luhn check, so only this list tells them apart.
 */
export const PLACEHOLDER_IMEIS: readonly string[] = [
  '000000000000000', // what many emulators and stripped builds report
  '004999010640000', // reported by emulators and GSM modems
  '352099001761481', // the textbook IMEI/SV example (35-209900-176148-1, SV 23)
  '358240051111110', // reported by the Android emulator
  '123456789012347', // 12345678901234 + check digit, typed as a dummy
  '012345678901237', // 01234567890123 + check digit, typed as a dummy
  '490154203237518', // the textbook Luhn example
];
const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDER_IMEIS);

// Character classes: 0–9 are digit values; the rest say how parseImei treats the character.
const IGNORED = 10; // a space, an invisible mark, or a group separator a person types
const SLASH = 11; // the IMEI/SV separator
const OTHER = 12; // anything else: the input is not an IMEI

/** Zero-width and bidi format characters: invisible, inserted by RTL text and Persian keyboards. */
const INVISIBLE_MARKS: readonly number[] = [
  0x00ad, // soft hyphen
  0x061c, // Arabic letter mark
  0x180e, // Mongolian vowel separator (a space in older Unicode)
  ...range(0x200b, 0x200f), // ZWSP, ZWNJ, ZWJ, LRM, RLM
  ...range(0x202a, 0x202e), // bidi embeddings and overrides
  ...range(0x2060, 0x2064), // word joiner and invisible operators
  ...range(0x2066, 0x2069), // bidi isolates
  0xfeff, // byte-order mark / zero-width no-break space
];

/** Every Unicode space (what `\s` matches, plus NEL). */
const SPACES: readonly number[] = [
  ...range(0x09, 0x0d),
  0x20,
  0x85,
  0xa0,
  0x1680,
  ...range(0x2000, 0x200a),
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
];

/** '-' and '.' as people group digits, and the look-alikes word processors and keyboards put in their place. */
const GROUP_PUNCTUATION: readonly number[] = [
  0x2d, // -
  0x2e, // .
  ...range(0x2010, 0x2015), // hyphens and dashes
  0x2212, // minus sign
  0xfe58,
  0xfe63,
  0xff0d, // small and fullwidth hyphens
  0xff0e, // fullwidth full stop
  0x066b, // Arabic decimal separator: the '.' of the Persian numeric keypad
  0x066c, // Arabic thousands separator
  0x06d4, // Arabic full stop
];

function range(from: number, to: number): number[] {
  const codes: number[] = [];
  for (let code = from; code <= to; code += 1) codes.push(code);
  return codes;
}

const CHAR_CLASS = buildCharClasses();
const INVISIBLE_SET: ReadonlySet<number> = new Set(INVISIBLE_MARKS);

function buildCharClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000).fill(OTHER);
  for (let d = 0; d < 10; d += 1) {
    classes[0x30 + d] = d; // ASCII
    classes[0x06f0 + d] = d; // Persian (the keyboard in Iran)
    classes[0x0660 + d] = d; // Arabic-Indic (Arabic keyboards, some Android locales)
  }
  for (const code of INVISIBLE_MARKS) classes[code] = IGNORED;
  for (const code of SPACES) classes[code] = IGNORED;
  for (const code of GROUP_PUNCTUATION) classes[code] = IGNORED;
  classes[0x2f] = SLASH;
  return classes;
}

/** The value (0–9) of an ASCII, Persian or Arabic-Indic digit's UTF-16 code, or -1. */
export function digitValue(code: number): number {
  const cls = CHAR_CLASS[code] ?? OTHER;
  return cls < 10 ? cls : -1;
}

/** A zero-width or bidi mark: invisible, so every text reader should skip it. */
export function isInvisibleMark(code: number): boolean {
  return INVISIBLE_SET.has(code);
}

/** A space, dash or dot a person writes between groups of digits (not an invisible mark). */
export function isDigitGroupSeparator(code: number): boolean {
  return CHAR_CLASS[code] === IGNORED && !INVISIBLE_SET.has(code);
}

/**
 * 256 characters: far more than any IMEI written with separators (15 digits, '/', 2 more, spaces),
 * so longer input is refused by one native scan instead of the per-character loop.
 */
export const IMEI_INPUT_MAX_LENGTH = 256;
/**
 * A character that can never be part of an IMEI as typed: the class of everything parseImei accepts, negated.
 * Built on first use (only input over IMEI_INPUT_MAX_LENGTH needs it): scanning every UTF-16 code at module load
 * cost a phone tens of milliseconds at every start.
 */
const notImeiCharacter = onFirstUse((): RegExp => {
  let accepted = '';
  for (let code = 0; code < 0x10000; code += 1) {
    if ((CHAR_CLASS[code] ?? OTHER) !== OTHER) accepted += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  // One negated character class: linear, no backtracking, whatever the input.
  return new RegExp(`[^${accepted}]`);
});

const ASCII_DIGITS = '0123456789';
// ASCII codes of the digits before any '/'. Reused by every call: parseImei is synchronous,
// and a fresh array per call costs throughput.
const mainDigits = new Uint8Array(17);

/**
 * Luhn check digit of the first 14 digits of an IMEI.
 * Takes exactly 14 digits (ASCII, Persian or Arabic-Indic, nothing else) and returns
 * the check digit as one ASCII digit; anything else returns '' (never throws).
 */
export function luhnCheckDigit(first14: string): string {
  if (typeof first14 !== 'string' || first14.length !== 14) return '';
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    const d = digitValue(first14.charCodeAt(i));
    if (d < 0) return '';
    sum += luhnTerm(d, i);
  }
  return ASCII_DIGITS.charAt((10 - (sum % 10)) % 10);
}

// Digits at odd positions (0-based, from the left of the 14) are doubled, and a two-digit product adds its digits.
function luhnTerm(digit: number, index: number): number {
  if ((index & 1) === 0) return digit;
  const doubled = digit * 2;
  return doubled > 9 ? doubled - 9 : doubled;
}

/**
 * Reads an IMEI as a person typed or pasted it, in one pass over the characters; never throws.
 * Any character but digits, spaces, invisible marks, '-', '.' and one IMEI/SV '/' makes it 'not-digits',
 * whatever the length. Input over IMEI_INPUT_MAX_LENGTH characters is 'not-digits' when it holds such
 * a character and 'too-long' otherwise (even if only spaces), decided by one native scan.
 */
export function parseImei(raw: string): ParsedImei {
  if (typeof raw !== 'string') return { ok: false, error: raw == null ? 'empty' : 'not-digits' };
  if (raw.length > IMEI_INPUT_MAX_LENGTH) {
    return { ok: false, error: notImeiCharacter().test(raw) ? 'not-digits' : 'too-long' };
  }
  let count = 0; // digits before the '/' (all digits when there is none)
  let svn = '';
  let slashSeen = false;
  let sum = 0; // Luhn sum of the first 14 digits
  let plain = true; // nothing but ASCII digits: the input is already the IMEI
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    const cls = CHAR_CLASS[code] ?? OTHER;
    if (cls < 10) {
      if (code > 0x39) plain = false;
      if (slashSeen) {
        svn += ASCII_DIGITS.charAt(cls);
        if (svn.length > 2) return { ok: false, error: 'not-digits' };
      } else {
        if (count < 14) sum += luhnTerm(cls, count);
        if (count < 17) mainDigits[count] = 0x30 + cls;
        count += 1;
      }
    } else if (cls === IGNORED) {
      plain = false;
    } else if (cls === SLASH && !slashSeen) {
      slashSeen = true;
      plain = false;
    } else {
      return { ok: false, error: 'not-digits' };
    }
  }
  if (!slashSeen && count === 0) return { ok: false, error: 'empty' };
  // An IMEI/SV's software version is always two digits; a '/' followed by anything else is not one.
  if (slashSeen && svn.length !== 2) return { ok: false, error: 'not-digits' };

  const expected = ASCII_DIGITS.charAt((10 - (sum % 10)) % 10);
  if (count < 14) return { ok: false, error: 'too-short' };
  if (count > 16 || (count === 16 && slashSeen)) return { ok: false, error: 'too-long' };
  const checkDigitRight = count === 15 && mainDigits[14] === expected.charCodeAt(0);
  // Plain 15 ASCII digits with a right check digit are the IMEI itself: no string to build.
  const imei = checkDigitRight && plain && raw.length === 15 ? raw : completedImei(expected);
  if (count === 16) return { ok: false, error: 'too-long', suggestion: imei };
  if (count === 14 && !slashSeen) return { ok: false, error: 'too-short', suggestion: imei };
  if (count === 15 && !checkDigitRight) {
    return { ok: false, error: 'check-digit', expectedCheckDigit: expected, suggestion: imei };
  }
  const warnings = plausibilityWarnings(imei);
  return slashSeen ? { ok: true, imei, tac: imei.slice(0, 8), svn, warnings } : { ok: true, imei, tac: imei.slice(0, 8), warnings };
}

/** The first 14 digits read and the given check digit, as one flat string (one call, no concatenation). */
function completedImei(checkDigit: string): string {
  const d = mainDigits;
  return String.fromCharCode(
    d[0] ?? 0,
    d[1] ?? 0,
    d[2] ?? 0,
    d[3] ?? 0,
    d[4] ?? 0,
    d[5] ?? 0,
    d[6] ?? 0,
    d[7] ?? 0,
    d[8] ?? 0,
    d[9] ?? 0,
    d[10] ?? 0,
    d[11] ?? 0,
    d[12] ?? 0,
    d[13] ?? 0,
    checkDigit.charCodeAt(0),
  );
}

/** Why a Luhn-valid IMEI is still unlikely to be a real device's. */
function plausibilityWarnings(imei: string): ImeiWarning[] {
  const warnings: ImeiWarning[] = [];
  let repeated = true;
  for (let i = 1; i < 14 && repeated; i += 1) repeated = imei.charCodeAt(i) === imei.charCodeAt(0);
  if (repeated) warnings.push('repeated-digit');
  // A reporting-body code of '00' marks test equipment, not phones sold to people.
  if (imei.charCodeAt(0) === 0x30 && imei.charCodeAt(1) === 0x30) warnings.push('test-tac');
  if (PLACEHOLDER_SET.has(imei)) warnings.push('placeholder');
  return warnings;
}
