// What a text shared into the app (or pasted) is: a layer-zero verdict, a warning SMS, or neither; with the scam check and input problems.
import { checkScam, type ScamCheck } from './scam';
import { identifyVerdict, type VerdictId } from './verdicts';
import { onFirstUse } from './onFirstUse';
import { compactText, MAX_SCANNED_CHARS, scannedPart, spacedText } from './verdictText';
import { identifyWarningSms, type WarningSmsKind } from './warningSms';

export type SharedKind = { kind: 'verdict'; verdict: VerdictId } | { kind: 'warning'; warning: WarningSmsKind } | { kind: 'none' };

/** Why a shared text cannot be read as it came: nothing in it, too long to be an SMS, or markup. */
export type SharedProblem = 'empty' | 'too-long' | 'html';

export type SharedMessage = {
  /** The text that is read and shown: at most MAX_SCANNED_CHARS characters. */
  text: string;
  scam: ScamCheck;
  recognised: SharedKind;
  problems: SharedProblem[];
};

// An answer to a request ("درخواست شما …", "your request …") is a layer-zero verdict even when it names ownership.
const requestFa = onFirstUse(() => compactText('درخواست'));
const REQUEST_EN = / (?:request|ticket) /;
const HTML = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/**
 * Joins what a share target receives: the title and the text (on Android an
 * SMS's link arrives inside the text). A title that the text already starts
 * with is not repeated.
 */
export function sharedText(title: string | null, text: string | null): string {
  const head = (title ?? '').trim();
  const body = text ?? '';
  if (head === '' || body.trim().startsWith(head)) return body;
  return body.trim() === '' ? head : `${head}\n${body}`;
}

/** Reads a shared or pasted text. Never throws; reads at most MAX_SCANNED_CHARS characters. */
export function readSharedMessage(raw: string): SharedMessage {
  const text = scannedPart(raw);
  const problems: SharedProblem[] = [];
  if (text.trim() === '') problems.push('empty');
  if (typeof raw === 'string' && raw.length > MAX_SCANNED_CHARS) problems.push('too-long');
  if (HTML.test(text)) problems.push('html');
  return { text, scam: checkScam(text), recognised: recognise(text), problems };
}

function recognise(text: string): SharedKind {
  const verdict = identifyVerdict(text);
  const warning = identifyWarningSms(text);
  if (verdict !== null && (warning === null || answersARequest(text))) return { kind: 'verdict', verdict };
  if (warning !== null) return { kind: 'warning', warning };
  return { kind: 'none' };
}

function answersARequest(text: string): boolean {
  return compactText(text).includes(requestFa()) || REQUEST_EN.test(spacedText(text));
}
