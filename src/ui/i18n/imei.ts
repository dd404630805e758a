// Words for every IMEI problem, warning and slot-pairing finding, and the functions that word a code.
import type { ImeiWarning, ParsedImei } from '../../domain/imei';
import type { PairingFinding } from '../../domain/pairing';
import { defineMessages, DIAL_FA, localDigits } from './core';

const fa = (text: string | number): string => localDigits(text, 'fa');

export const imeiMessages = defineMessages({
  fa: {
    empty: `IMEI را وارد کنید (با شماره‌گیری ${DIAL_FA} روی گوشی نمایش داده می‌شود).`,
    notDigits: 'IMEI فقط رقم دارد؛ حروف و نشانه‌های دیگر را پاک کنید.',
    tooShort: 'کوتاه است: IMEI پانزده رقم دارد.',
    tooShortSuggestion: (imei: string) => `چهارده رقم وارد کرده‌اید؛ رقم پانزدهم رقم کنترلی است و با آن، IMEI کامل ${fa(imei)} می‌شود.`,
    tooLong: 'بلند است: IMEI پانزده رقم دارد.',
    tooLongSuggestion: (imei: string) => `شانزده رقم شبیه IMEISV است (IMEI همراه با نسخهٔ نرم‌افزار)؛ IMEI درون آن ${fa(imei)} است.`,
    checkDigit: (expected: string) => `رقم آخر باید ${fa(expected)} باشد. اگر با ${DIAL_FA} گوشی نمی‌خواند، رقم دیگری اشتباه تایپ شده است.`,
    duplicate: (slot: number) => `این همان IMEI اسلات ${fa(slot)} است؛ هر اسلات سیم‌کارت IMEI خودش را دارد.`,
    valid: 'IMEI معتبر است.',
    svnSetAside: (svn: string) => `شمارهٔ نسخهٔ نرم‌افزار (${fa(svn)}) جدا شد؛ فقط IMEI نگه داشته می‌شود.`,
    warnRepeatedDigit: 'همهٔ رقم‌ها یکی است؛ این IMEI یک گوشی واقعی نیست.',
    warnTestTac: 'با ۰۰ شروع می‌شود که مخصوص دستگاه‌های آزمایشی است؛ دوباره بررسی کنید.',
    warnPlaceholder: `این IMEI نمونه‌ای شناخته‌شده است که شبیه‌سازها و مودم‌ها نشان می‌دهند، نه IMEI یک گوشی واقعی. با ${DIAL_FA} مقایسه کنید.`,
    warnOther: 'این IMEI معتبر است اما عجیب به نظر می‌رسد؛ دوباره بررسی کنید.',
    tacMismatch: (slot: number) =>
      `هشت رقم اول (کد مدل) با اسلات ${fa(slot)} فرق دارد؛ دو IMEI یک گوشی معمولاً در این رقم‌ها یکسان‌اند. هر دو را بررسی کنید.`,
    useFix: 'استفاده از',
    pastedMany: (count: number) => `${fa(count)} IMEI در متن چسبانده‌شده پیدا شد و به ترتیب در اسلات‌ها قرار گرفت.`,
    pastedOne: 'IMEI از متن چسبانده‌شده برداشته شد.',
    slotEmpty: (slot: number) => `IMEI اسلات ${fa(slot)} خالی است.`,
    slotInvalid: (slot: number) => `IMEI اسلات ${fa(slot)} معتبر نیست.`,
    slotExtra: (slot: number) => `این گوشی اسلات ${fa(slot)} ندارد، اما برای آن IMEI وارد شده است.`,
    duplicateImei: (slot: number, otherSlot: number) => `IMEI اسلات ${fa(slot)} همان IMEI اسلات ${fa(otherSlot)} است.`,
    tacMismatchPair: (slot: number, otherSlot: number) => `کد مدل (هشت رقم اول) اسلات ${fa(slot)} با اسلات ${fa(otherSlot)} فرق دارد.`,
    slotImplausible: (slot: number) => `IMEI اسلات ${fa(slot)} معتبر است اما به IMEI یک گوشی واقعی نمی‌ماند.`,
  },
  en: {
    empty: 'Enter the IMEI (dial *#06# on the phone to see it).',
    notDigits: 'An IMEI has only digits: remove letters and other signs.',
    tooShort: 'Too short: an IMEI has 15 digits.',
    tooShortSuggestion: (imei: string) => `You entered 14 digits. The 15th is a check digit: the complete IMEI is ${imei}.`,
    tooLong: 'Too long: an IMEI has 15 digits.',
    tooLongSuggestion: (imei: string) => `16 digits look like an IMEISV (the IMEI plus a software version). The IMEI inside it is ${imei}.`,
    checkDigit: (expected: string) => `The last digit should be ${expected}. If that does not match *#06#, another digit is mistyped.`,
    duplicate: (slot: number) => `This is the same IMEI as slot ${slot}. Each SIM slot has its own IMEI.`,
    valid: 'Valid IMEI.',
    svnSetAside: (svn: string) => `The software version (${svn}) was set aside; only the IMEI is kept.`,
    warnRepeatedDigit: 'Every digit is the same: this is not a real phone’s IMEI.',
    warnTestTac: 'It starts with 00, which is reserved for test devices. Check it again.',
    warnPlaceholder: 'This is a well-known placeholder IMEI that emulators and modems report, not a real phone’s. Compare it with *#06#.',
    warnOther: 'This IMEI is valid but looks unusual. Check it again.',
    tacMismatch: (slot: number) =>
      `The first 8 digits (the model code) differ from slot ${slot}. Both IMEIs of one phone usually share them: check both.`,
    useFix: 'Use',
    pastedMany: (count: number) => `Found ${count} IMEIs in the pasted text and put them in the slots in order.`,
    pastedOne: 'Took the IMEI out of the pasted text.',
    slotEmpty: (slot: number) => `Slot ${slot} has no IMEI.`,
    slotInvalid: (slot: number) => `The IMEI of slot ${slot} is not valid.`,
    slotExtra: (slot: number) => `This phone has no slot ${slot}, but an IMEI was entered for it.`,
    duplicateImei: (slot: number, otherSlot: number) => `Slot ${slot} holds the same IMEI as slot ${otherSlot}.`,
    tacMismatchPair: (slot: number, otherSlot: number) => `The model code (first 8 digits) of slot ${slot} differs from slot ${otherSlot}.`,
    slotImplausible: (slot: number) => `The IMEI of slot ${slot} is valid but does not look like a real phone’s.`,
  },
});

export type ImeiMessages = (typeof imeiMessages)['en'];

/** The problem with a parsed IMEI in words, with its fix when there is one; null when it is valid. */
export function imeiProblemText(t: ImeiMessages, parsed: ParsedImei): string | null {
  if (parsed.ok) return null;
  switch (parsed.error) {
    case 'empty':
      return t.empty;
    case 'not-digits':
      return t.notDigits;
    case 'too-short':
      return parsed.suggestion ? t.tooShortSuggestion(parsed.suggestion) : t.tooShort;
    case 'too-long':
      return parsed.suggestion ? t.tooLongSuggestion(parsed.suggestion) : t.tooLong;
    case 'check-digit':
      return parsed.expectedCheckDigit ? t.checkDigit(parsed.expectedCheckDigit) : t.notDigits;
  }
}

/** A plausibility warning in words (an unknown future code gets a general sentence). */
export function imeiWarningText(t: ImeiMessages, warning: ImeiWarning): string {
  switch (warning) {
    case 'repeated-digit':
      return t.warnRepeatedDigit;
    case 'test-tac':
      return t.warnTestTac;
    case 'placeholder':
      return t.warnPlaceholder;
    default:
      return t.warnOther;
  }
}

/** A slot-pairing finding in words; pairing counts slots from 0, people from 1. */
export function pairingFindingText(t: ImeiMessages, finding: PairingFinding): string {
  const slot = finding.slot + 1;
  const otherSlot = (finding.otherSlot ?? 0) + 1;
  switch (finding.code) {
    case 'slot-empty':
      return t.slotEmpty(slot);
    case 'slot-invalid':
      return finding.parsed ? `${t.slotInvalid(slot)} ${imeiProblemText(t, finding.parsed) ?? ''}`.trim() : t.slotInvalid(slot);
    case 'slot-extra':
      return t.slotExtra(slot);
    case 'duplicate-imei':
      return t.duplicateImei(slot, otherSlot);
    case 'tac-mismatch':
      return t.tacMismatchPair(slot, otherSlot);
    case 'slot-implausible': {
      const warnings = finding.parsed?.ok ? finding.parsed.warnings : [];
      return [t.slotImplausible(slot), ...warnings.map((warning) => imeiWarningText(t, warning))].join(' ');
    }
  }
}
