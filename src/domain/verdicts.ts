// The eight answers Hamta's layer-zero reviewer gives, what each asks of the user, and how to recognise a pasted one.
import { onFirstUse } from './onFirstUse';
import { compactText, scannedPart, spacedText } from './verdictText';

import type { VerdictId } from './verdictIds';

// The ids live in their own module so schemas (and the service worker) need not carry the verdict table.
export { VERDICT_IDS, type VerdictId } from './verdictIds';

/** What the user can do next, as codes; src/ui/i18n words them. */
export const REMEDY_STEPS = [
  'nothing-to-do',
  'log-in-as-owner',
  'file-from-owner-account',
  'sim-in-each-slot',
  'call-from-each-slot',
  'wait-then-refile',
  'device-not-legal',
  'contact-importer',
  'authenticity-inquiry',
  'contact-seller',
  'check-entered-imeis',
  'repair-registration',
  'refile-with-right-info',
  'contact-importer-or-warranty',
] as const;

export type RemedyStep = (typeof REMEDY_STEPS)[number];

type VerdictOutcome = 'approved' | 'rejected';

export type Verdict = {
  readonly id: VerdictId;
  /** The row of the verdict table in Hamta's guide (1–8). */
  readonly row: number;
  /** The message exactly as Hamta sends it. */
  readonly message: string;
  /** The part in brackets: why the request was refused; null for an approval. */
  readonly reason: string | null;
  readonly outcome: VerdictOutcome;
  readonly remedy: readonly RemedyStep[];
};

const APPROVAL = 'درخواست شما بررسی و تایید گردید';
const REJECTION = 'درخواست شما بررسی و رد گردیده است';

function rejected(id: VerdictId, row: number, reason: string, remedy: readonly RemedyStep[]): Verdict {
  return { id, row, message: `${REJECTION} (${reason})`, reason, outcome: 'rejected', remedy };
}

// Importer first; when Hamta's authenticity inquiry names no importer, the seller.
const IMPORTER_THEN_SELLER: readonly RemedyStep[] = ['contact-importer', 'authenticity-inquiry', 'contact-seller'];

/** The catalogue, in the order of the guide's table. Messages are quoted from Hamta. */
export const VERDICTS: readonly Verdict[] = [
  { id: 'approved', row: 1, message: APPROVAL, reason: null, outcome: 'approved', remedy: ['nothing-to-do'] },
  rejected('not-owner', 2, 'شناسه دستگاه (IMEI) متعلق به شما نمی‌باشد', ['log-in-as-owner', 'file-from-owner-account']),
  rejected(
    'sim-not-seen-on-all-slots',
    3,
    'ابتدا سیم کارت خود را بر روی همه اسلات‌ها تک به تک قرار داده و دستگاه را روشن نموده و مدتی تامل نمایید، سپس مجددا نسبت به ثبت درخواست اقدام نمایید',
    ['sim-in-each-slot', 'call-from-each-slot', 'wait-then-refile'],
  ),
  rejected('illegal-imei', 4, 'شناسه دستگاه (IMEI) قانونی نیست و در شبکه تلفن همراه سرویس نخواهد گرفت', ['device-not-legal']),
  rejected('owned-by-another', 5, 'امکان رفع مشکل وجود ندارد، شناسه مقصد تحت مالکیت شخصی دیگر می‌باشد', IMPORTER_THEN_SELLER),
  rejected('invalid-imei-observed', 6, 'امکان ثبت درخواست به دلیل رویت شدن شناسه ناصحیح وجود ندارد', IMPORTER_THEN_SELLER),
  rejected(
    'partial-correction-only',
    7,
    'تنها اجازه اصلاح جزئی شناسه‌ها موجود است، در صورتی دستگاه تعمیر گردیده و کلیه شناسه‌های آن به صورت کامل تغییر نموده است در بخش ثبت تعمیری سایت همتا درخواست خود را جهت بررسی کارشناس مربوطه ثبت نمایید',
    ['check-entered-imeis', 'contact-importer', 'repair-registration'],
  ),
  rejected(
    'already-activated-for-number',
    8,
    // "پیش ازاین" is Hamta's own spacing; only the letters matter when matching.
    'این دستگاه پیش ازاین برای همین شماره تلفن فعال شده است',
    ['check-entered-imeis', 'refile-with-right-info'],
  ),
];

/** When no step above solved it: the importer or the warranty company, else the seller. */
export const FALLBACK_REMEDY: readonly RemedyStep[] = ['contact-importer-or-warranty', 'authenticity-inquiry', 'contact-seller'];

export function getVerdict(id: VerdictId): Verdict {
  const verdict = VERDICTS.find((entry) => entry.id === id);
  // Every id has an entry (a unit test holds it), so a miss is a bug.
  if (!verdict) throw new Error(`verdict catalogue has no entry for ${id}`);
  return verdict;
}

// ---- Recognising a pasted verdict -------------------------------------------

/**
 * Phrases that identify a verdict. Persian phrases are compared letters-only
 * (see compactText), so spacing, ZWNJs and letter forms do not matter; English
 * patterns run on lower-case words separated by single spaces (see spacedText).
 * Each rejection's own reason is a phrase too.
 */
type VerdictCues = { readonly fa: readonly string[]; readonly en: readonly RegExp[] };

const VERDICT_CUES: Readonly<Record<VerdictId, VerdictCues>> = {
  approved: {
    fa: [
      'بررسی و تایید گردید',
      'درخواست شما تایید',
      'تایید گردید',
      'شناسه‌ها در سامانه همتا اصلاح گردیده',
      'IMEIها اصلاح شد',
      'شناسه‌ها اصلاح شد',
    ],
    en: [/ (?:approved|accepted) /, / request .*confirmed /],
  },
  'not-owner': {
    fa: ['متعلق به شما نمی‌باشد', 'متعلق به شما نیست', 'مالک دستگاه نیستید', 'مالک دستگاه اعلام شده نیست'],
    en: [
      / (?:does ?not|doesnt|do ?not|dont|is ?not|isnt) belongs? to you /,
      / not (?:\w+ ){0,2}owner /,
      / not (?:yours|registered to you|in your name) /,
    ],
  },
  'sim-not-seen-on-all-slots': {
    fa: ['سیم کارت خود را بر روی همه اسلات‌ها', 'همه اسلات‌ها', 'تک به تک قرار داده', 'روشن نموده و مدتی تامل'],
    en: [/ (?:every|each|all|both)(?: of)?(?: the| your)?(?: sim)? slots? /, / one slot at a time /],
  },
  'illegal-imei': {
    fa: ['قانونی نیست'],
    en: [/ (?:not legal|illegal|not lawful|unlawful) /, / will get no service /],
  },
  'owned-by-another': {
    fa: [
      'شناسه مقصد تحت مالکیت',
      'تحت مالکیت شخصی دیگر',
      'تحت مالکیت شخص دیگر',
      'امکان رفع مشکل وجود ندارد',
      'مال شخص دیگری',
      'به نام شخص دیگری ثبت',
    ],
    en: [/ (?:owned by|belongs? to|registered to) (?:someone|somebody|another|a different|other) /, / someone elses /],
  },
  'invalid-imei-observed': {
    fa: ['رویت شدن شناسه ناصحیح', 'شناسه ناصحیح', 'امکان ثبت درخواست به دلیل رویت', 'نادرست دیده شده'],
    en: [
      / (?:invalid|incorrect|wrong) imei (?:was |has been |is )?(?:seen|observed|detected|found) /,
      / (?:seen|observed|detected) (?:an? )?(?:invalid|incorrect) imei /,
    ],
  },
  'partial-correction-only': {
    fa: ['اجازه اصلاح جزئی', 'اصلاح جزئی شناسه', 'به صورت کامل تغییر نموده', 'بخش ثبت تعمیری', 'فقط اصلاح بخشی'],
    en: [/ partial (?:correction|fix|change|edit)/, / partially (?:correct|fix|chang|edit)/, / only (?:a )?partial /],
  },
  'already-activated-for-number': {
    fa: ['برای همین شماره تلفن فعال شده', 'برای همین شماره فعال شده', 'پیش از این برای همین شماره'],
    en: [/ (?:already|previously) (?:been )?activated /, / activated (?:before|previously|already) /],
  },
};

// A bare "rejected" names no reason, and a refusal must never read as approval.
const refusalFa = onFirstUse(() => ['رد گردید', 'رد شد', 'تایید نشد', 'تایید نگردید', 'عدم تایید'].map(compactText));
const REFUSAL_EN = [
  / (?:not|never|isnt|wasnt|hasnt|havent|werent|arent|didnt) (?:been |yet )?(?:approved|accepted|confirmed) /,
  / (?:disapproved|unapproved|rejected|rejection|denied|declined|refused) /,
];

const compactCues = onFirstUse(
  (): ReadonlyMap<VerdictId, readonly string[]> =>
    new Map(
      VERDICTS.map((verdict) => {
        const phrases = [...VERDICT_CUES[verdict.id].fa, ...(verdict.reason ? [verdict.reason] : [])];
        return [verdict.id, phrases.map(compactText).filter((key) => key.length > 0)];
      }),
    ),
);

function mentions(verdict: Verdict, compact: string, spaced: string): boolean {
  const phrases = compactCues().get(verdict.id) ?? [];
  return phrases.some((key) => compact.includes(key)) || VERDICT_CUES[verdict.id].en.some((pattern) => pattern.test(spaced));
}

/**
 * Which verdict a pasted text is, or null when it is none of them.
 *
 * Accepts the whole message or only its reason, in Persian (any spacing, ZWNJs,
 * Arabic letter forms, Persian digits, the page's inline IMEI tooltip) or in
 * English, with a header, date, signature or link around it. Rejection reasons
 * are looked for first; a text naming two different reasons (e.g. the whole
 * guide pasted) is ambiguous and gives null, as does a refusal with no reason.
 * Only the first MAX_SCANNED_CHARS characters are read. Never throws.
 */
export function identifyVerdict(text: string): VerdictId | null {
  const scanned = scannedPart(text);
  if (scanned.trim() === '') return null;
  const compact = compactText(scanned);
  const spaced = spacedText(scanned);

  const reasons = VERDICTS.filter((verdict) => verdict.outcome === 'rejected' && mentions(verdict, compact, spaced));
  if (reasons.length === 1) return reasons[0]?.id ?? null;
  if (reasons.length > 1) return null;

  const refused = refusalFa().some((key) => compact.includes(key)) || REFUSAL_EN.some((pattern) => pattern.test(spaced));
  if (refused) return null;
  const approval = VERDICTS.find((verdict) => verdict.outcome === 'approved');
  return approval && mentions(approval, compact, spaced) ? approval.id : null;
}
