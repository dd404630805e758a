// Language, direction, digits and dates: the machinery every screen's strings go through.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGS, type Lang } from '../../domain/lang';

export type { Lang };

export const LangContext = createContext<Lang>('fa');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}

/** Dates are Jalali in both languages: the dates users see on Hamta and their SMSs. */
function localeOf(lang: Lang): string {
  return lang === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-GB-u-ca-persian';
}

/** A bundle of a screen's words: every language must have every key, with the same shape. */
export type Messages = Record<string, string | ((...args: never[]) => string)>;
export type Bundle<M extends Messages> = Record<Lang, M>;

/** Declares a bundle; TypeScript refuses one whose languages differ in keys or argument types. */
export function defineMessages<M extends Messages>(bundle: { fa: M; en: NoInfer<M> }): Bundle<M> {
  return bundle;
}

/** The current language's words from a bundle. */
export function useMessages<M extends Messages>(bundle: Bundle<M>): M {
  return bundle[useLang()];
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Shows ASCII digits as Persian digits in Persian (IMEIs, counts, step numbers). */
// In Persian text "*#06#" must be isolated left-to-right, or the bidi algorithm shows it as "#06#*".
export const DIAL_FA = '\u2066*#06#\u2069';

export function localDigits(text: string | number, lang: Lang): string {
  const value = String(text);
  return lang === 'fa' ? value.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)] ?? digit) : value;
}

// Each formatter is built once per language and kept: building one loads the locale's data (slow on a phone),
// and lists format one date or number per row.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  const existing = formatters.get(key) as F | undefined;
  if (existing) return existing;
  const made = make();
  formatters.set(key, made);
  return made;
}

export function formatNumber(value: number, lang: Lang): string {
  return kept(`number ${lang}`, () => new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB')).format(value);
}

/** A Jalali date and time, e.g. "۴ آذر ۱۴۰۵، ۱۰:۴۲". */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return kept(`date-time ${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago" / "۳ دقیقه پیش". */
export function formatRelative(iso: string, lang: Lang, now: number = Date.now()): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  const format = kept(`relative ${lang}`, () => new Intl.RelativeTimeFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { numeric: 'auto' }));
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return '';
}

/** Bytes as "1.2 MB" in the user's language. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
