// Folds pasted Persian and English text into forms that survive the ways people copy Hamta's messages.
import { onFirstUse } from './onFirstUse';

/**
 * Only the first 10,000 characters of a paste are read. A Hamta answer is about
 * 300 characters, so a message with a long SMS thread around it still fits; a
 * pasted megabyte is not a message, and reading all of it would stall a phone.
 */
export const MAX_SCANNED_CHARS = 10_000;

/**
 * The tooltip Hamta's help page shows on the word IMEI. Copying from that page
 * pastes it inline after "(IMEI)", so it is cut out before matching (it also
 * mentions slots and SIM cards, which must not read as the SIM-slot verdict).
 */
export const IMEI_TOOLTIP =
  'شناسه (IMEI) دستگاه، به تعداد اسلات دستگاه (شکاف برای قرارگیری سیم‌کارت) بستگی دارد و بر روی جعبه، پشت باتری یا با شماره‌گیری #06#*، قابل مشاهده است';

// Arabic letter forms that Persian keyboards, old phones and OCR produce for the
// same Persian letter, and the two non-ASCII digit sets. Hamza-carrying forms
// (أ إ آ ؤ ئ ۀ) need no entry: NFKD splits off the hamza and the mark is dropped.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ي: 'ی',
  ى: 'ی',
  ك: 'ک',
  ة: 'ه',
  ە: 'ه',
  ھ: 'ه',
  ہ: 'ه',
  ۃ: 'ه',
  ٱ: 'ا',
  ـ: '', // tatweel only stretches a word
};
const FOLDED_CHARS = /[يىكةەھہۃٱـ۰-۹٠-٩]/gu;

function foldChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return LETTER_FOLDS[char] ?? char;
}

/** The first MAX_SCANNED_CHARS characters; '' for anything that is not a string. */
export function scannedPart(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
}

/**
 * One spelling per letter: compatibility forms decomposed, diacritics and hamzas
 * dropped, Arabic ي/ى/ك/ة read as Persian ی/ی/ک/ه, every digit ASCII, lower case.
 * Spacing and invisible marks are left for the caller to decide about.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(FOLDED_CHARS, foldChar)
    .toLowerCase();
}

function squeeze(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

const tooltipKey = onFirstUse(() => squeeze(foldText(IMEI_TOOLTIP)));

/**
 * Letters and digits only: no spaces, ZWNJs, bidi marks or punctuation. People
 * write "نمی‌باشد", "نمی باشد" and "نمیباشد" for the same word, so the only safe
 * comparison for Persian ignores every gap. The inline IMEI tooltip is cut out.
 */
export function compactText(text: string): string {
  return squeeze(foldText(text)).split(tooltipKey()).join('');
}

/**
 * Words separated by single spaces, padded with a space at each end so that a
 * pattern can anchor on " word ". Invisible marks and apostrophes are dropped
 * inside words ("doesn't" → "doesnt"); every other non-letter is a gap.
 */
export function spacedText(text: string): string {
  const words = foldText(text)
    .replace(/[\p{Cf}'’‘`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${words} `;
}
