// What goes into each box of Hamta's correction form, and the ready-made Persian description built from the pre-check.
import { parseImei } from './imei';
import { correctionPairs, differingDigits, type MismatchCase } from './mismatch';
import { precheck } from './precheck';
import { DESCRIPTION_MAX } from './limits';

/** One box of Hamta's form: the correct IMEIs, the IMEIs Hamta holds (slots 0-based), or the description. */
export type HamtaFieldKind = 'correct' | 'registered' | 'description';
export type HamtaField = {
  /** Stable within a ticket ('correct-1', 'registered-2', 'description'): progress is kept by it. */
  readonly id: string;
  readonly kind: HamtaFieldKind;
  /** 0-based slot of an IMEI box; absent for the description. */
  readonly slot?: number;
  /** Exactly what Hamta's box expects: 15 ASCII digits for an IMEI. */
  readonly value: string;
};

/** What the form is built from: a stored ticket's fields. */
export type HamtaFormInput = {
  correctImeis: readonly string[];
  registeredImeis: readonly string[];
  slotChecks?: readonly boolean[];
  description: string;
};

/**
 * An IMEI as Hamta's box takes it: 15 ASCII digits, whatever script or
 * separators it was typed with. Anything parseImei cannot read is reduced to
 * its ASCII digits, so a box never receives Persian digits or spaces.
 */
export function hamtaImei(raw: string): string {
  const parsed = parseImei(raw);
  if (parsed.ok) return parsed.imei;
  return [...raw].map(asciiDigit).join('');
}

function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return char;
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return '';
}

/**
 * The boxes to fill, in Hamta's order: the correct IMEIs, the IMEIs Hamta
 * holds, then the description (the one given: the user may have edited it).
 * Empty IMEIs are left out: Hamta opens a box for IMEI 2 only once IMEI 1 is filled.
 */
export function hamtaFields(input: HamtaFormInput, description: string): HamtaField[] {
  const imeis = (kind: 'correct' | 'registered', list: readonly string[]): HamtaField[] =>
    list.map((raw, slot) => ({ id: `${kind}-${slot + 1}`, kind, slot, value: hamtaImei(raw) })).filter((field) => field.value !== '');
  return [
    ...imeis('correct', input.correctImeis),
    ...imeis('registered', input.registeredImeis),
    { id: 'description', kind: 'description', value: description.trim() },
  ];
}

// ---- The ready-made description ----------------------------------------------------
// Hamta's reviewers read Persian, so the description is Persian whatever the app's
// language. IMEIs stay in ASCII digits (as Hamta shows them); counts and positions are Persian.

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ORDINALS = ['اول', 'دوم', 'سوم', 'چهارم'];

function fa(value: number): string {
  return String(value).replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)] ?? digit);
}

function ordinal(slot: number): string {
  return ORDINALS[slot] ?? fa(slot + 1);
}

/** "۹ و ۱۰", "۳، ۹ و ۱۰". */
function faList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('، ')} و ${items.at(-1) ?? ''}`;
}

function digitsPhrase(positions: readonly number[]): string {
  return positions.length === 1 ? `رقم ${fa(positions[0] ?? 0)}` : `رقم‌های ${faList(positions.map(fa))}`;
}

function imeiList(imeis: readonly string[]): string {
  return imeis.map((imei, slot) => `IMEI ${ordinal(slot)}: ${imei}`).join('، ');
}

function caseSentences(kind: MismatchCase | null, correct: readonly string[], registered: readonly string[]): string[] {
  switch (kind) {
    case 'second-imei':
      return correctionPairs(correct, registered)
        .map((pair, slot) => ({ ...pair, slot, positions: differingDigits(pair.registered, pair.target) }))
        .filter((pair) => pair.positions.length > 0)
        .map(
          (pair) =>
            `IMEI ${ordinal(pair.slot)} ثبت‌شده در همتا (${pair.registered}) با IMEI درست گوشی (${pair.target}) در ${digitsPhrase(pair.positions)} فرق دارد و باید به ${pair.target} اصلاح شود.`,
        );
    case 'missing-second': {
      const missing = correct.filter((imei) => !registered.includes(imei));
      return [
        `همتا فقط ${fa(registered.length)} IMEI از این گوشی را دارد که درست است؛ IMEI ${faList(missing.map((imei) => `${ordinal(correct.indexOf(imei))} (${imei})`))} در همتا ثبت نشده و باید افزوده شود.`,
      ];
    }
    case 'swapped':
      return ['همان IMEIهای گوشی در همتا ثبت شده‌اند اما جای آن‌ها در اسلات‌ها برعکس است.'];
    case 'no-mismatch':
      return ['IMEIهای ثبت‌شده در همتا با IMEIهای گوشی یکی است، اما گوشی در یکی از اسلات‌ها سرویس نمی‌گیرد.'];
    case 'full-change':
      return ['هیچ‌یک از IMEIهای ثبت‌شده در همتا با IMEIهای گوشی یکی نیست.'];
    default:
      return [];
  }
}

function slotSentence(slotChecks: readonly boolean[] | undefined, slots: number): string | null {
  const checked = (slotChecks ?? []).slice(0, slots);
  if (slots > 0 && checked.length >= slots && checked.every(Boolean)) {
    return 'سیم‌کارت مالک را تک‌به‌تک در همهٔ اسلات‌ها گذاشتم، گوشی را روشن کردم و از هر اسلات تماس گرفتم.';
  }
  const tried = checked.flatMap((done, slot) => (done ? [fa(slot + 1)] : []));
  if (tried.length === 0) return null;
  return `سیم‌کارت مالک را در اسلات ${faList(tried)} گذاشتم و با آن تماس گرفتم.`;
}

/**
 * The description offered for Hamta's "شرح درخواست" box: what the phone shows,
 * what Hamta holds and how they differ (from the pre-check), whether the SIM
 * was tried in every slot, then what the user wrote. Never longer than
 * DESCRIPTION_MAX: the user's own words are shortened first.
 */
export function hamtaDescription(input: HamtaFormInput): string {
  const correct = input.correctImeis.map(hamtaImei).filter((imei) => imei !== '');
  const registered = input.registeredImeis.map(hamtaImei).filter((imei) => imei !== '');
  const checked = precheck({
    correctImeis: [...correct],
    registeredImeis: [...registered],
    slotChecks: input.slotChecks ? [...input.slotChecks] : undefined,
    description: input.description,
  });
  const sentences = [
    correct.length > 0 ? `IMEIهای درست گوشی (با شماره‌گیری ‎*#06#‎): ${imeiList(correct)}.` : null,
    registered.length > 0 ? `IMEIهای ثبت‌شده در همتا: ${imeiList(registered)}.` : null,
    ...caseSentences(checked.case, correct, registered),
    slotSentence(input.slotChecks, correct.length),
  ].filter((sentence): sentence is string => sentence !== null);
  const ours = sentences.join('\n');
  const own = input.description.trim();
  if (own === '') return ours.slice(0, DESCRIPTION_MAX);
  const label = '\nتوضیح من: ';
  const room = DESCRIPTION_MAX - ours.length - label.length;
  if (room <= 0) return ours.slice(0, DESCRIPTION_MAX);
  return `${ours}${label}${own.length > room ? `${own.slice(0, room - 1)}…` : own}`;
}
