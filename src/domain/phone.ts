// Iranian mobile numbers as people type them (any digit script, separators, +98/0098/98) normalised to 09xxxxxxxxx.
import { digitValue, isDigitGroupSeparator, isInvisibleMark } from './imei';

export type PhoneError = 'empty' | 'not-digits' | 'wrong-length' | 'not-mobile';

export type NormalisedPhone = { ok: true; phone: string } | { ok: false; error: PhoneError };

/**
 * 64 characters: a number with every separator a person may write is under 30,
 * so anything longer is not a phone number and is refused without a scan.
 */
export const PHONE_INPUT_MAX_LENGTH = 64;

const IRAN_COUNTRY_CODE = '98';
/** Digits of a mobile number after the trunk '0': 9xx xxx xxxx. */
const NATIONAL_MOBILE_LENGTH = 10;

const PLUS = 0x2b;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** The number's digits as ASCII and whether it began with '+', or 'not-digits'. */
function readDigits(raw: string): { digits: string; plus: boolean } | 'not-digits' {
  let digits = '';
  let plus = false;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    const value = digitValue(code);
    if (value >= 0) digits += String(value);
    else if (isDigitGroupSeparator(code) || isInvisibleMark(code) || code === OPEN_PAREN || code === CLOSE_PAREN) {
      // People write "(0912) 345-6789" or "+98 912 …"; Persian text adds invisible marks.
    } else if (code === PLUS && digits === '' && !plus) plus = true;
    else return 'not-digits';
  }
  return { digits, plus };
}

/**
 * The national part of a number (what follows the trunk '0'), or 'foreign' for
 * another country's number. '+98', '0098' and a bare '98' in front of a
 * 12-digit number are Iran's country code; "+98 (0)912…" keeps a stray '0'.
 */
function nationalPart(digits: string, plus: boolean): string | 'foreign' {
  let rest = digits;
  if (plus) {
    if (!rest.startsWith(IRAN_COUNTRY_CODE)) return 'foreign';
    rest = rest.slice(IRAN_COUNTRY_CODE.length);
  } else if (rest.startsWith('00')) {
    if (!rest.startsWith(`00${IRAN_COUNTRY_CODE}`)) return 'foreign';
    rest = rest.slice(2 + IRAN_COUNTRY_CODE.length);
  } else if (rest.startsWith(IRAN_COUNTRY_CODE) && rest.length >= NATIONAL_MOBILE_LENGTH + IRAN_COUNTRY_CODE.length) {
    rest = rest.slice(IRAN_COUNTRY_CODE.length);
  }
  return rest.startsWith('0') ? rest.slice(1) : rest;
}

/**
 * Reads an Iranian mobile number as typed or pasted; never throws.
 * Accepts ASCII, Persian and Arabic-Indic digits, spaces, dashes, dots,
 * parentheses and invisible marks, and the +98 / 0098 / 98 prefixes; a number
 * without its leading 0 (912…) is accepted too. Returns 09xxxxxxxxx.
 */
export function normalisePhone(raw: string): NormalisedPhone {
  if (typeof raw !== 'string') return { ok: false, error: raw == null ? 'empty' : 'not-digits' };
  if (raw.length > PHONE_INPUT_MAX_LENGTH) return { ok: false, error: raw.trim() === '' ? 'empty' : 'wrong-length' };
  const read = readDigits(raw);
  if (read === 'not-digits') return { ok: false, error: 'not-digits' };
  if (read.digits === '') return { ok: false, error: read.plus ? 'not-digits' : 'empty' };
  const national = nationalPart(read.digits, read.plus);
  if (national === 'foreign') return { ok: false, error: 'not-mobile' };
  // Iranian mobile numbers are the 09 range; 021…, 031… are landlines.
  if (national !== '' && !national.startsWith('9')) return { ok: false, error: 'not-mobile' };
  if (national.length !== NATIONAL_MOBILE_LENGTH) return { ok: false, error: 'wrong-length' };
  return { ok: true, phone: `0${national}` };
}
