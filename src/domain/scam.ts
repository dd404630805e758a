// Scam check on a pasted message: the signs of the fake "Hamta" SMS that steal money, card data or install malware.
import { foldText, scannedPart, spacedText } from './verdictText';

export const SCAM_REASONS = [
  'foreign-link', // a link to any host but Hamta's own
  'look-alike-link', // ... and that host imitates Hamta (or hides where it leads)
  'asks-for-money', // Hamta is free: any payment request is a scam sign
  'asks-for-card', // card number, second password, CVV2, one-time codes
  'asks-for-app-install',
  'sender-not-hamta', // the text shows a phone number as its sender
] as const;

export type ScamReason = (typeof SCAM_REASONS)[number];
export type ScamCheck = { suspicious: boolean; reasons: ScamReason[]; foreignLinks: string[] };

/**
 * Hamta's hosts: the kartabl, the information site and its short links. Only
 * these exact hosts and their www. form pass. Subdomains of them are refused
 * too: Hamta publishes none, the public rule is "any other domain is a scam",
 * and a real but unknown subdomain costs only a warning, a missed fake costs money.
 */
const HAMTA_HOSTS: readonly string[] = ['hamta.ntsw.ir', 'hamtainfo.ntsw.ir', 'hmti.ir'];

/** At most this many foreign links are reported; a flood of links is suspicious already. */
const MAX_REPORTED_LINKS = 20;

export function isHamtaHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return HAMTA_HOSTS.includes(bare.startsWith('www.') ? bare.slice(4) : bare);
}

// ---- Links --------------------------------------------------------------------

// Link text as a browser would read it: full-width forms folded (NFKC keeps
// accented letters, which NFKD-based folding would wrongly strip from a host),
// ideographic full stops are dots, invisible bidi marks and ZWNJs are gone.
// Text is split into candidates at spaces, Persian punctuation, a colon that
// starts no "://" or port, and where Persian letters meet Latin ones.
function linkCandidates(text: string): string[] {
  const prepared = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[。｡．]/gu, '.')
    .replace(/[،؛؟«»‹›"<>|,;]|:(?![/\d])/gu, ' ')
    .replace(/(\p{Script=Arabic})(?=[a-z0-9])/giu, '$1 ')
    .replace(/([a-z0-9])(?=\p{Script=Arabic})/giu, '$1 ');
  return prepared.split(/\s+/u).map((token) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
}

const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:\/\//i;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The link a token holds, as written and as the URL a browser would open; null when it is none. */
function asLink(token: string): { written: string; url: URL } | null {
  let written = token;
  if (!SCHEME.test(written)) {
    // "کنید.hamta.ntsw.ir": a Persian word and a full stop with no space before the link.
    if (!/^www\./i.test(written)) written = written.replace(/^(?:\p{Script=Arabic}+\.)+(?=[a-z0-9])/iu, '');
    const authority = written.split(/[/?#\\]/u)[0] ?? '';
    const host = (authority.split('@').pop() ?? '').replace(/:\d{1,5}$/u, '').replace(/\.$/u, '');
    const labels = host.split('.');
    const isDomain = labels.length >= 2 && labels.every((label) => LABEL.test(label)) && TLD.test(labels.at(-1) ?? '');
    if (!isDomain && !IPV4.test(host)) return null;
  }
  try {
    return { written, url: new URL(SCHEME.test(written) ? written : `http://${written}`) };
  } catch {
    return null; // a browser could not open it either
  }
}

// Common letter and digit swaps in fake domains ("harnta", "hamt4", "hmt1").
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };

function skeleton(text: string): string {
  return text
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[013457]/g, (digit) => DIGIT_LOOKALIKES[digit] ?? digit)
    .replace(/[^a-z]/g, '');
}

function withinOneEdit(word: string, target: string): boolean {
  if (Math.abs(word.length - target.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < word.length && j < target.length) {
    if (word[i] === target[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (word.length > target.length) i += 1;
    else if (word.length < target.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (word.length - i) + (target.length - j) <= 1;
}

function imitatesHamta(url: URL): boolean {
  if (url.hostname.includes('xn--')) return true; // non-Latin letters disguised as Latin ones
  // The name may sit anywhere but the host: "hamta.ntsw.ir@evil.com", "t.me/hamta_support".
  const seen = skeleton(`${url.username}${url.password}${url.hostname}${url.pathname}`);
  if (['hamta', 'hmti', 'ntsw', 'hamt'].some((name) => seen.includes(name))) return true;
  return url.hostname.split(/[.-]/).some((label) => withinOneEdit(label, 'hamta'));
}

// ---- Requests in the wording -------------------------------------------------

// Patterns run on folded words separated by single spaces; a leading space
// anchors a word's start, so "سریال" (serial) is not "ریال" and "سیم کارت" is no bank card.
const MONEY_CUES = [
  / (?:ب|می)?(?:پرداخت|پرداز)/gu,
  / (?:واریز|مبلغ|هزینه|تومان|ریال|جریمه)/gu,
  / (?:pay|payment|payments|paying|fee|fees|deposit|penalty|toman|tomans|rial|rials|irr)(?= )/gu,
];
const CARD_CUES = [
  / (?:شماره ?|اطلاعات ?|مشخصات ?|رمز ?)کارت(?!ابل)/gu,
  / کارت ?(?:بانکی|عابر|اعتباری)/gu,
  / (?:رمز|کد) ?(?:دوم|پویا|اینترنتی|یکبار ?مصرف)/gu,
  / (?:تاریخ ?انقضا|سی ?وی ?وی)/gu,
  / (?:cvv2|cvv|cvc|otp|cvv 2)(?= )/gu,
  / (?:card number|card details|credit card|debit card|bank card|expiry date|expiration date|one time (?:password|code))(?= )/gu,
];
const INSTALL_CUES = [
  / (?:دانلود|نصب ?(?:برنامه|اپ|اپلیکیشن|نرم ?افزار|فایل)|نصب (?:کنید|نمایید|کرده))/gu,
  / (?:برنامه|اپلیکیشن|نرم ?افزار)[^ ]* (?:[^ ]+ ){0,3}نصب/gu,
  / (?:apk|install|installing|download|downloading)(?= )/gu,
];

// "Hamta charges nothing", "بدون هزینه", "هیچ مبلغی پرداخت نکنید": warnings and
// reassurances name the same words and must not count as requests.
const NEGATION_BEFORE = new Set([
  'بدون',
  'هیچ',
  'هیچگونه',
  'هرگز',
  'هیچگاه',
  'هیچوقت',
  'رایگان',
  'no',
  'not',
  'never',
  'without',
  'free',
  'dont',
  'doesnt',
]);
// Persian puts the negated verb, and often "هرگز" (never), at the end of the clause.
const NEGATION_AFTER = /^(?:نمی|نخواه|ندار|نیست|نکن|نکرد|نپرداز|نده|نفرست|نشو|نزن|رایگان|هرگز|free|never)/u;
// The words after a cue belong to it only up to its own verb or a new clause:
// "پرداخت کنید تا قطع نشود" (pay, so it is not cut off) is still a request.
const CLAUSE_END = new Set([
  'تا',
  'که',
  'وگرنه',
  'اما',
  'ولی',
  'سپس',
  'کنید',
  'نمایید',
  'بپردازید',
  'است',
  'شود',
  'otherwise',
  'but',
  'then',
  'so',
  'or',
]);

function isNegated(clause: string, start: number, end: number): boolean {
  const before = clause
    .slice(Math.max(0, start - 60), start)
    .trim()
    .split(' ')
    .slice(-3);
  const after = clause
    .slice(end, end + 120)
    .trim()
    .split(' ')
    .slice(0, 8);
  const ownEnd = after.findIndex((word) => CLAUSE_END.has(word));
  const own = ownEnd < 0 ? after : after.slice(0, ownEnd);
  return before.some((word) => NEGATION_BEFORE.has(word)) || own.some((word) => NEGATION_AFTER.test(word));
}

function asksFor(clauses: readonly string[], cues: readonly RegExp[]): boolean {
  return clauses.some((clause) =>
    cues.some((cue) => [...clause.matchAll(cue)].some((match) => !isNegated(clause, match.index, match.index + match[0].length))),
  );
}

const REQUEST_CUES: ReadonlyArray<readonly [ScamReason, readonly RegExp[]]> = [
  ['asks-for-money', MONEY_CUES],
  ['asks-for-card', CARD_CUES],
  ['asks-for-app-install', INSTALL_CUES],
];

// Hamta's SMS come from the sender name HAMTA, never from a number.
const MOBILE_NUMBER = /^(?:\+98|0098|98|0)?9\d{9}$|^\+\d{8,15}$/;
const SENDER_LINE = /^(?:from|sender|فرستنده|از)\s*:\s*\+?[\d\s()-]{4,24}$/u;

function shownSenderIsNumber(folded: string): boolean {
  const lines = folded.split(/\r?\n/).map((line) => line.replace(/\p{Cf}/gu, '').trim());
  const first = (lines.find((line) => line !== '') ?? '').replace(/[\s()-]/g, '');
  return MOBILE_NUMBER.test(first) || lines.some((line) => SENDER_LINE.test(line));
}

/**
 * Checks pasted text for the signs of a fake Hamta message. Only the first
 * MAX_SCANNED_CHARS characters are read; never throws.
 */
export function checkScam(text: string): ScamCheck {
  const scanned = scannedPart(text);
  const reasons = new Set<ScamReason>();
  const foreignLinks: string[] = [];

  for (const token of new Set(linkCandidates(scanned))) {
    const link = token === '' ? null : asLink(token);
    if (!link || isHamtaHost(link.url.hostname)) continue;
    reasons.add('foreign-link');
    if (imitatesHamta(link.url)) reasons.add('look-alike-link');
    if (!foreignLinks.includes(link.written) && foreignLinks.length < MAX_REPORTED_LINKS) {
      foreignLinks.push(link.written);
    }
  }

  // Most texts name no cue at all: one pass over the whole text settles those.
  // The others are read clause by clause, as a negation only counts in its own clause.
  const whole = spacedText(scanned);
  const named = REQUEST_CUES.filter(([, cues]) => cues.some((cue) => whole.search(cue) >= 0));
  if (named.length > 0) {
    const clauses = scanned.split(/[.!?؟۔\n،,;؛:]+/u).map(spacedText);
    for (const [reason, cues] of named) if (asksFor(clauses, cues)) reasons.add(reason);
  }
  if (shownSenderIsNumber(foldText(scanned))) reasons.add('sender-not-hamta');

  const ordered = SCAM_REASONS.filter((reason) => reasons.has(reason));
  return { suspicious: ordered.length > 0, reasons: ordered, foreignLinks };
}
