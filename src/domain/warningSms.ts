// Recognises Hamta's warning SMS (ownership transfer, illegal device, a cut-off date) and the guide answer each leads to.
import { onFirstUse } from './onFirstUse';
import { compactText, scannedPart, spacedText } from './verdictText';

/** Most specific first: an ownership-transfer or illegal-device warning usually names a cut-off date too. */
export const WARNING_SMS_KINDS = ['ownership-transfer', 'illegal-device', 'cut-off-date'] as const;
export type WarningSmsKind = (typeof WARNING_SMS_KINDS)[number];

type Cues = { readonly fa: readonly string[]; readonly en: readonly RegExp[] };

// Persian phrases are compared letters-only (compactText): spacing, ZWNJs, Arabic
// ي/ك and digit scripts do not matter. English patterns run on spaced lower-case words.
const WARNING_CUES: Readonly<Record<WarningSmsKind, Cues>> = {
  'ownership-transfer': {
    fa: ['انتقال مالکیت', 'تغییر مالکیت', 'انتقال مالکیت دستگاه'],
    en: [/ (?:ownership transfer|transfer (?:of )?(?:the )?ownership|transfer the (?:phone|device)) /],
  },
  'illegal-device': {
    fa: ['غیرقانونی', 'غیر قانونی', 'غیرمجاز', 'قاچاق', 'فاقد اصالت', 'در همتا ثبت نشده', 'در سامانه همتا ثبت نشده', 'ثبت نشده است'],
    en: [/ (?:illegal|unlawful|smuggled|unregistered) (?:device|phone|handset|mobile) /, / (?:is |was )?not registered /],
  },
  'cut-off-date': {
    fa: [
      'قطع خواهد شد',
      'قطع می‌شود',
      'قطع میگردد',
      'قطع خواهد گردید',
      'قطع سرویس',
      'قطع ارتباط',
      'مسدود خواهد شد',
      'مهلت',
      'تا تاریخ',
      'از تاریخ',
    ],
    en: [/ (?:cut off|disconnected|blocked|suspended|deadline|will stop|stops on|service ends) /],
  },
};

// A warning is about the phone or its SIM; a cue word alone ("مهلت" in any SMS) is not enough.
const aboutAPhoneFa = onFirstUse(() => ['همتا', 'گوشی', 'دستگاه', 'تلفن همراه', 'شناسه', 'سیم کارت', 'imei'].map(compactText));
const ABOUT_A_PHONE_EN = / (?:hamta|phone|device|handset|imei|sim|mobile) /;

const compactCues = onFirstUse((): ReadonlyArray<readonly [WarningSmsKind, readonly string[]]> =>
  WARNING_SMS_KINDS.map((kind) => [kind, WARNING_CUES[kind].fa.map(compactText).filter((key) => key !== '')]),
);

/**
 * Which of Hamta's warning SMS a text is, or null. Reads only the first
 * MAX_SCANNED_CHARS characters; never throws.
 */
export function identifyWarningSms(text: string): WarningSmsKind | null {
  const scanned = scannedPart(text);
  if (scanned.trim() === '') return null;
  const compact = compactText(scanned);
  const spaced = spacedText(scanned);
  const aboutPhone = aboutAPhoneFa().some((key) => compact.includes(key)) || ABOUT_A_PHONE_EN.test(spaced);
  if (!aboutPhone) return null;
  for (const [kind, keys] of compactCues()) {
    if (keys.some((key) => compact.includes(key)) || WARNING_CUES[kind].en.some((pattern) => pattern.test(spaced))) return kind;
  }
  return null;
}

/**
 * The answers to give the "What is happening to your phone?" guide
 * (src/domain/otherProblems.ts) for each warning. An illegal-device warning has
 * two causes (a phone used in one slot before the registry, or SIMs swapped
 * between slots), so it stops at the question that tells them apart.
 */
export const HELP_ANSWERS_FOR_WARNING: Readonly<Record<WarningSmsKind, readonly string[]>> = {
  'ownership-transfer': ['no-service', 'another-person'],
  'illegal-device': ['no-service'],
  'cut-off-date': ['warning-sms'],
};
