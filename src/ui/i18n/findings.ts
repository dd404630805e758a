// Words for the pre-check: every finding code (and phone error), every mismatch case, the likely verdict and differing digits.
import type { MismatchCase } from '../../domain/mismatch';
import type { VerdictId } from '../../domain/verdicts';
import { defineMessages, DIAL_FA, localDigits, type Lang } from './core';

const fa = (value: string | number): string => localDigits(value, 'fa');

/** A finding as the review shows it: a pre-check Finding, a phone error, or a body the schema refused. */
export type ShownFinding = {
  code: string;
  field?: 'correct' | 'registered' | 'description' | 'phone';
  slot?: number;
  path?: string;
};

type CaseWords = { title: string; explain: string };
type VerdictWords = { answer: string; todo: string };

const CASES: Record<Lang, Record<MismatchCase, CaseWords>> = {
  fa: {
    'second-imei': {
      title: 'همتا یک IMEI اشتباه (IMEI دوم) دارد',
      explain: 'یکی از IMEIها با همتا یکی است و دیگری فرق دارد؛ این درخواست دقیقاً برای اصلاح همین است.',
    },
    'missing-second': {
      title: 'همتا فقط یکی از IMEIهای گوشی را دارد',
      explain: 'IMEI ثبت‌شده درست است و IMEI دیگر گوشی در همتا نیست؛ درخواست، IMEI جاافتاده را اضافه می‌کند.',
    },
    swapped: {
      title: 'همتا همین IMEIها را به ترتیب دیگری دارد',
      explain: 'IMEIها یکی‌اند اما جای اسلات ۱ و ۲ عوض شده است. پیش از ثبت، ترتیب را با ‎*#06#‎ و همتا دوباره مقایسه کنید.',
    },
    'no-mismatch': {
      title: 'IMEIها با همتا یکی است: چیزی برای اصلاح نیست',
      explain: 'اگر سیم‌کارت باز هم سرویس نمی‌گیرد، علت چیز دیگری است (مثلاً انتقال مالکیت یا جابه‌جایی سیم‌کارت‌ها).',
    },
    'full-change': {
      title: 'هیچ IMEI مشترکی با همتا نیست',
      explain:
        'این درخواست فقط اصلاح جزئی را می‌پذیرد. اگر برد گوشی تعمیر و همهٔ IMEIها عوض شده، از «ثبت تعمیری» همتا استفاده کنید؛ وگرنه شاید دستگاه دیگری را انتخاب کرده‌اید.',
    },
  },
  en: {
    'second-imei': {
      title: 'Hamta holds a wrong second IMEI',
      explain: 'One IMEI matches Hamta and the other differs: exactly what this ticket corrects.',
    },
    'missing-second': {
      title: "Hamta holds only one of the phone's IMEIs",
      explain: 'The IMEI Hamta holds is right and the other one is missing: the ticket adds it.',
    },
    swapped: {
      title: 'Hamta holds the same IMEIs in the other order',
      explain: 'The IMEIs are the same but slots 1 and 2 are swapped. Compare the order with *#06# and Hamta again before filing.',
    },
    'no-mismatch': {
      title: 'The IMEIs match Hamta: there is nothing to correct',
      explain:
        'If the SIM still gets no service, the cause is something else (for example an ownership transfer or SIMs swapped between slots).',
    },
    'full-change': {
      title: 'No IMEI matches Hamta',
      explain:
        "This ticket only allows a partial correction. If the phone's board was repaired and all its IMEIs changed, use Hamta's repair registration; otherwise you may have picked another device.",
    },
  },
};

const LIKELY: Record<Lang, Record<VerdictId, VerdictWords>> = {
  fa: {
    approved: { answer: 'به احتمال زیاد تأیید می‌شود.', todo: 'اطلاعات را یک بار دیگر نگاه کنید و درخواست را ثبت کنید.' },
    'not-owner': {
      answer: 'ممکن است پاسخ بیاید که «IMEI متعلق به شما نیست».',
      todo: 'فقط مالک دستگاه در همتا می‌تواند درخواست بدهد. مطمئن شوید این IMEIها در «مدیریت دستگاه‌ها»ی کارتابل خودتان دیده می‌شوند.',
    },
    'sim-not-seen-on-all-slots': {
      answer: 'ممکن است پاسخ بیاید که «ابتدا سیم‌کارت را در همهٔ اسلات‌ها قرار دهید».',
      todo: 'سیم‌کارت خودتان را در اسلات ۱ بگذارید، گوشی را روشن کنید، کمی صبر کنید و یک تماس بگیرید؛ بعد همین کار را در اسلات ۲ انجام دهید و فهرست را تیک بزنید.',
    },
    'illegal-imei': { answer: 'ممکن است پاسخ بیاید که «IMEI قانونی نیست».', todo: 'برای دستگاه غیرقانونی درخواستی پذیرفته نمی‌شود.' },
    'owned-by-another': {
      answer: 'ممکن است پاسخ بیاید که «شناسهٔ مقصد مالک دیگری دارد».',
      todo: 'با واردکننده تماس بگیرید؛ اگر استعلام اصالت واردکننده‌ای نشان نداد، با فروشنده.',
    },
    'invalid-imei-observed': {
      answer: 'ممکن است پاسخ بیاید که «شناسهٔ ناصحیح رؤیت شد».',
      todo: `IMEIهای علامت‌خورده را با ${DIAL_FA} و با «مدیریت دستگاه‌ها»ی همتا مقایسه و درست کنید.`,
    },
    'partial-correction-only': {
      answer: 'ممکن است پاسخ بیاید که «تنها اصلاح جزئی مجاز است».',
      todo: 'آن‌چه وارد کرده‌اید را بررسی کنید. اگر گوشی تعمیر شده و همهٔ IMEIها عوض شده، از «ثبت تعمیری» همتا استفاده کنید.',
    },
    'already-activated-for-number': {
      answer: 'ممکن است پاسخ بیاید که «این دستگاه پیش از این برای همین شماره فعال شده است».',
      todo: 'اطلاعات وارد‌شده را دوباره بررسی کنید؛ اگر درست است، مشکل از جای دیگری است.',
    },
  },
  en: {
    approved: { answer: 'Likely to be approved.', todo: 'Look over the details once more, then submit.' },
    'not-owner': {
      answer: 'The reviewer may answer that the IMEI does not belong to you.',
      todo: "Only the device's owner in Hamta may file. Make sure these IMEIs show under Device management in your own Hamta account.",
    },
    'sim-not-seen-on-all-slots': {
      answer: 'The reviewer may answer: first put your SIM in every slot.',
      todo: 'Put your own SIM in slot 1, switch the phone on, wait a while and make a call; then do the same in slot 2, and tick the checklist.',
    },
    'illegal-imei': { answer: 'The reviewer may answer that the IMEI is not legal.', todo: 'No ticket is accepted for an illegal device.' },
    'owned-by-another': {
      answer: 'The reviewer may answer that the target IMEI is owned by someone else.',
      todo: 'Contact the importer; if the authenticity inquiry shows no importer, the seller.',
    },
    'invalid-imei-observed': {
      answer: 'The reviewer may answer that an invalid IMEI was seen.',
      todo: "Compare the marked IMEIs with *#06# and with Hamta's Device management, and correct them.",
    },
    'partial-correction-only': {
      answer: 'The reviewer may answer that only a partial correction is allowed.',
      todo: "Check what you entered. If the phone was repaired and all its IMEIs changed, use Hamta's repair registration.",
    },
    'already-activated-for-number': {
      answer: 'The reviewer may answer that this device was already activated for this phone number.',
      todo: 'Check what you entered; if it is right, the problem lies elsewhere.',
    },
  },
};

export const findingMessages = defineMessages({
  fa: {
    correct: (slot: number) => `IMEI درست ${fa(slot)}`,
    registered: (slot: number) => `IMEI همتا ${fa(slot)}`,
    phone: 'شماره تلفن',
    description: 'شرح درخواست',
    checklist: (slot: number) => `بررسی سیم‌کارت در اسلات ${fa(slot)}`,
    correctEmpty: `خالی است. ${DIAL_FA} را بگیرید و آن را وارد کنید؛ همتا همهٔ IMEIهای گوشی را می‌خواهد.`,
    registeredEmpty: 'خالی است. آن را از «مدیریت دستگاه‌ها» در همتا بردارید.',
    notDigits: 'حرف یا نشانه‌ای جز رقم دارد.',
    tooShort: 'کمتر از پانزده رقم است.',
    tooLong: 'بیشتر از پانزده رقم است.',
    checkDigit: 'رقم کنترلی (رقم آخر) نمی‌خواند: یکی از رقم‌ها اشتباه تایپ شده است.',
    duplicate: 'با IMEI دیگری در همین بخش یکی است؛ هر اسلات IMEI خودش را دارد.',
    tooManySlots: `بیش از ${fa(4)} IMEI است؛ هیچ گوشی‌ای این همه اسلات ندارد.`,
    descriptionTooLong: `بیش از ${fa('2,000')} نویسه است.`,
    placeholder: 'IMEI نمونه‌ای است که شبیه‌سازها و مودم‌ها نشان می‌دهند، نه IMEI یک گوشی واقعی.',
    testTac: 'با ۰۰ شروع می‌شود که مخصوص دستگاه‌های آزمایشی است.',
    repeatedDigit: 'همهٔ رقم‌ها یکی است؛ این IMEI یک گوشی واقعی نیست.',
    tacMismatch: 'کد مدل (هشت رقم اول) با IMEI ۱ فرق دارد؛ هر دو را دوباره بررسی کنید.',
    registeredNotMine: 'در فهرست دستگاه‌های شما نیست؛ فقط مالک دستگاه در همتا می‌تواند درخواست بدهد.',
    simNotChecked: 'هر سه مرحله انجام نشده است: سیم‌کارت در این اسلات، روشن کردن و صبر، یک تماس.',
    descriptionEmpty: 'خالی است؛ یک جملهٔ کوتاه دربارهٔ مشکل به کارشناس کمک می‌کند.',
    phoneEmpty: 'شمارهٔ همراه خود را وارد کنید.',
    phoneNotDigits: 'شمارهٔ تلفن فقط رقم دارد (و در صورت نیاز + در ابتدا).',
    phoneWrongLength: `شمارهٔ همراه یازده رقم دارد و با ${fa('09')} شروع می‌شود، مثل ${fa('0912 345 6789')}.`,
    phoneNotMobile: `باید شمارهٔ همراه ایرانی باشد (با ${fa('09')} شروع شود).`,
    schema: (path: string) => `درخواست ساخته نشد (${path}). صفحه را دوباره باز کنید.`,
    unknown: (code: string) => `مشکلی پیدا شد (${code}).`,
    digitsDiffer: (digits: string, count: number) => (count === 1 ? `رقم ${digits} فرق دارد` : `رقم‌های ${digits} فرق دارند`),
    likelyTitle: 'پاسخ احتمالی',
    todoTitle: 'چه باید کرد',
  },
  en: {
    correct: (slot: number) => `Correct IMEI ${slot}`,
    registered: (slot: number) => `Hamta IMEI ${slot}`,
    phone: 'Phone number',
    description: 'Description',
    checklist: (slot: number) => `SIM check, slot ${slot}`,
    correctEmpty: 'Empty. Dial *#06# and enter it: Hamta needs every IMEI of the phone.',
    registeredEmpty: 'Empty. Copy it from Device management in Hamta.',
    notDigits: 'Has characters that are not digits.',
    tooShort: 'Fewer than 15 digits.',
    tooLong: 'More than 15 digits.',
    checkDigit: 'Fails its check digit (the last digit): a digit is mistyped.',
    duplicate: 'The same as another IMEI in this section: each slot has its own IMEI.',
    tooManySlots: 'More than 4 IMEIs: no phone has that many slots.',
    descriptionTooLong: 'Longer than 2,000 characters.',
    placeholder: "A placeholder IMEI that emulators and modems report, not a real phone's.",
    testTac: 'Starts with 00, which is reserved for test devices.',
    repeatedDigit: "Repeats one digit: it is not a real phone's IMEI.",
    tacMismatch: 'Another model code (first 8 digits) than IMEI 1: check both again.',
    registeredNotMine: "Not in your device list: only the device's owner in Hamta may file.",
    simNotChecked: 'Not all three steps are done: SIM in this slot, switched on and left a while, a call made.',
    descriptionEmpty: 'Empty: a short sentence about the problem helps the reviewer.',
    phoneEmpty: 'Enter your mobile number.',
    phoneNotDigits: 'A phone number has only digits (and an optional + in front).',
    phoneWrongLength: 'A mobile number must be 11 digits starting with 09, e.g. 0912 345 6789.',
    phoneNotMobile: 'This must be an Iranian mobile number (starting with 09).',
    schema: (path: string) => `The ticket could not be built (${path}). Reopen the page.`,
    unknown: (code: string) => `A problem was found (${code}).`,
    digitsDiffer: (digits: string, count: number) => (count === 1 ? `digit ${digits} differs` : `digits ${digits} differ`),
    likelyTitle: 'Likely answer',
    todoTitle: 'What to do',
  },
});

export type FindingMessages = (typeof findingMessages)['en'];

export function caseWords(mismatch: MismatchCase, lang: Lang): CaseWords {
  return CASES[lang][mismatch];
}

export function likelyVerdictWords(verdict: VerdictId, lang: Lang): VerdictWords {
  return LIKELY[lang][verdict];
}

/** Where a finding is, as the field's label ("Correct IMEI 2"); null when it belongs to no field. */
function findingPlace(t: FindingMessages, finding: ShownFinding): string | null {
  const slot = (finding.slot ?? 0) + 1;
  switch (finding.field) {
    case 'correct':
      return t.correct(slot);
    case 'registered':
      return t.registered(slot);
    case 'phone':
      return t.phone;
    case 'description':
      return t.description;
    default:
      return finding.code === 'sim-not-checked' ? t.checklist(slot) : null;
  }
}

/** The phone number's problem in words. */
export function phoneErrorText(t: FindingMessages, code: string): string {
  switch (code) {
    case 'empty':
      return t.phoneEmpty;
    case 'not-digits':
      return t.phoneNotDigits;
    case 'wrong-length':
      return t.phoneWrongLength;
    case 'not-mobile':
      return t.phoneNotMobile;
    default:
      return t.unknown(code);
  }
}

/** What a finding says, without its place ("fails its check digit …"). */
function findingWhat(t: FindingMessages, finding: ShownFinding): string {
  if (finding.field === 'phone') return phoneErrorText(t, finding.code);
  switch (finding.code) {
    case 'empty':
      return finding.field === 'registered' ? t.registeredEmpty : t.correctEmpty;
    case 'not-digits':
      return t.notDigits;
    case 'too-short':
      return t.tooShort;
    case 'too-long':
      return t.tooLong;
    case 'check-digit':
      return t.checkDigit;
    case 'duplicate-imei':
      return t.duplicate;
    case 'too-many-slots':
      return t.tooManySlots;
    case 'description-too-long':
      return t.descriptionTooLong;
    case 'placeholder':
      return t.placeholder;
    case 'test-tac':
      return t.testTac;
    case 'repeated-digit':
      return t.repeatedDigit;
    case 'tac-mismatch':
      return t.tacMismatch;
    case 'registered-not-mine':
      return t.registeredNotMine;
    case 'sim-not-checked':
      return t.simNotChecked;
    case 'description-empty':
      return t.descriptionEmpty;
    case 'schema':
      return t.schema(finding.path ?? '');
    default:
      return t.unknown(finding.code);
  }
}

/** A finding in one sentence: "Correct IMEI 2: Fails its check digit …". */
export function findingText(t: FindingMessages, finding: ShownFinding): string {
  const place = findingPlace(t, finding);
  const what = findingWhat(t, finding);
  return place === null ? what : `${place}: ${what}`;
}

/** "digits 9 and 10 differ" / «رقم‌های ۹ و ۱۰ فرق دارند»; '' when none differ. */
export function differingDigitsText(t: FindingMessages, positions: readonly number[], lang: Lang): string {
  if (positions.length === 0) return '';
  const list = new Intl.ListFormat(lang === 'fa' ? 'fa' : 'en', { style: 'long', type: 'conjunction' }).format(
    positions.map((position) => localDigits(position, lang)),
  );
  return t.digitsDiffer(list, positions.length);
}
