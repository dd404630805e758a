// Finds the IMEIs (and MEIDs) in pasted text, such as a whole *#06# screen copied as text.
import { digitValue, isDigitGroupSeparator, isInvisibleMark, parseImei, type ParsedImei } from './imei';

/** 20,000 characters: a *#06# screen is a few hundred; the cap keeps a giant paste cheap. Text beyond it is not read. */
export const TEXT_SCAN_LIMIT = 20_000;

export type ExtractedImei = {
  /** The digits as they appear in the text (invisible marks removed). */
  raw: string;
  parsed: ParsedImei;
  /** The label in front of it as written ("IMEI1", "IMEI (slot1)", "شناسه ۲"), if any. */
  label?: string;
  /** The slot the label names, 0-based ("IMEI2" → 1). */
  slot?: number;
  /** 0-based index of the line it was found on. */
  line: number;
};
export type ExtractedText = {
  imeis: ExtractedImei[];
  /** MEIDs (CDMA ids: 14 hex digits, or 18 decimal), upper-case, separators removed. Never IMEIs. */
  meids: string[];
  /** The text was longer than TEXT_SCAN_LIMIT and only its start was read. */
  truncated: boolean;
};

type LabelKind = 'imei' | 'imeisv' | 'meid' | 'ignored';
type Label = { kind: LabelKind; text: string; slot?: number };

const DIGIT = '[0-9۰-۹٠-٩]';
const YEH = '[یي]';
// The slot a label may name: "IMEI1", "IMEI 2", "IMEI (slot1)", "شناسه ۲". Every quantifier is bounded.
const SLOT = `(?:[\\s_#-]{0,2}[([]?\\s{0,2}(?:slot|sim|اسلات|س${YEH}م)?\\s{0,2}([1-4۱-۴١-٤])(?!${DIGIT})\\s{0,2}[)\\]]?)?`;
const LABEL_PATTERNS: readonly (readonly [LabelKind, string])[] = [
  ['imeisv', `imei\\s{0,2}[/-]?\\s{0,2}\\(?svn?\\)?${SLOT}`],
  ['imei', `(?:imei|آ${YEH}\\s?ام\\s?ا${YEH}\\s?آ${YEH}|ا${YEH}م${YEH}|شناسه(?:\\s{1,2}دستگاه)?)${SLOT}`],
  ['meid', `meid(?:\\s{0,2}\\(?(?:hex|dec)\\)?)?${SLOT}`],
  // Numbers that are never IMEIs even when 15 digits long (an IMSI is): their values are skipped.
  [
    'ignored',
    `eid|svn?|software\\s{1,2}version|s\\s?/\\s?n|sn|serial(?:\\s{1,2}(?:no|number))?|(?:شماره\\s{1,2})?سر${YEH}ال|iccid|imsi|msisdn|phone(?:\\s{1,2}number)?`,
  ],
];
// One named group per kind. Leftmost match wins; at one position the first listed does (IMEI/SV before IMEI).
const LABEL_RE = new RegExp(
  LABEL_PATTERNS.map(([kind, source]) => `(?<!\\p{L})(?<${kind}>${source})(?!\\p{L})\\s{0,2}[:：=]?`).join('|'),
  'giu',
);
const LETTER = /[\p{L}\p{M}]/u;
const HEX = /^[0-9a-f]+$/i;
const MAX_GAP = 3; // "35 - 693803": a person puts at most a few separators between digit groups

/** Reads IMEIs and MEIDs from pasted text, in order; never throws; reads at most TEXT_SCAN_LIMIT characters. */
export function extractImeis(text: string): ExtractedText {
  const result: ExtractedText = { imeis: [], meids: [], truncated: false };
  if (typeof text !== 'string') return result;
  result.truncated = text.length > TEXT_SCAN_LIMIT;
  const lines = withoutInvisibleMarks(text.slice(0, TEXT_SCAN_LIMIT)).split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
  // A label alone on its line ("IMEI (slot1)" above its number, as Samsung shows it) applies to the next line.
  let pending: Label | undefined;
  lines.forEach((lineText, line) => {
    if (lineText.trim() === '') return;
    let label = pending;
    pending = undefined;
    let from = 0;
    for (const match of lineText.matchAll(LABEL_RE)) {
      readSegment(lineText.slice(from, match.index), line, label, result);
      label = toLabel(match);
      from = match.index + match[0].length;
    }
    const rest = lineText.slice(from);
    if (label !== undefined && from > 0 && !/[\p{L}\p{N}]/u.test(rest)) pending = label;
    else readSegment(rest, line, label, result);
  });
  return result;
}

function withoutInvisibleMarks(text: string): string {
  let kept = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!isInvisibleMark(text.charCodeAt(i))) continue;
    kept += text.slice(start, i);
    start = i + 1;
  }
  return start === 0 ? text : kept + text.slice(start);
}

function toLabel(match: RegExpExecArray): Label {
  const text = match[0].replace(/[\s:：=]+$/u, '');
  const kind = LABEL_PATTERNS.find(([name]) => match.groups?.[name] !== undefined)?.[0] ?? 'ignored';
  // The slot digit is the only group of a label that is one digit (the kind's named group is the whole label).
  const slotDigit = match.slice(1).find((group) => group?.length === 1 && digitValue(group.charCodeAt(0)) >= 0);
  return slotDigit === undefined ? { kind, text } : { kind, text, slot: digitValue(slotDigit.charCodeAt(0)) - 1 };
}

/** A run of letters and digits, e.g. "356938", "A0000012", "R58M1234ABC". */
type Token = { start: number; end: number; text: string; digitsOnly: boolean; gap: 'join' | 'slash' | 'break' };

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let gapStart = 0;
  while (i < segment.length) {
    const code = segment.charCodeAt(i);
    const digit = digitValue(code);
    if (digit < 0 && !LETTER.test(segment.charAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let text = '';
    let digitsOnly = true;
    for (; i < segment.length; i += 1) {
      const value = digitValue(segment.charCodeAt(i));
      if (value >= 0) text += String(value);
      else if (LETTER.test(segment.charAt(i))) {
        text += segment.charAt(i);
        digitsOnly = false;
      } else break;
    }
    tokens.push({ start, end: i, text, digitsOnly, gap: gapKind(segment.slice(gapStart, start)) });
    gapStart = i;
  }
  return tokens;
}

/** How the characters before a token tie it to the one before: digit groups join across a few separators. */
function gapKind(gap: string): Token['gap'] {
  if (gap.length === 0 || gap.length > MAX_GAP) return 'break';
  let slashes = 0;
  for (let i = 0; i < gap.length; i += 1) {
    const code = gap.charCodeAt(i);
    if (code === 0x2f) slashes += 1;
    else if (!isDigitGroupSeparator(code)) return 'break';
  }
  return slashes === 0 ? 'join' : slashes === 1 ? 'slash' : 'break';
}

type Run = { groups: Token[]; svn?: Token };

/** Digit groups that belong together; a '/' followed by two digits closes a run as its IMEI/SV software version. */
function digitRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const token of tokens) {
    if (!token.digitsOnly) {
      current = undefined;
      continue;
    }
    if (current !== undefined && token.gap === 'slash' && token.text.length === 2 && current.svn === undefined) {
      current.svn = token;
      current = undefined;
    } else if (current !== undefined && token.gap === 'join') {
      current.groups.push(token);
    } else {
      current = { groups: [token] };
      runs.push(current);
    }
  }
  return runs;
}

function readSegment(segment: string, line: number, label: Label | undefined, out: ExtractedText): void {
  if (label?.kind === 'ignored') return;
  const tokens = tokenize(segment);
  if (label?.kind === 'meid') {
    readMeids(tokens, out);
    return;
  }
  for (const token of tokens) {
    // 14 hex digits with a letter: an MEID, whatever it is labelled.
    if (!token.digitsOnly && token.text.length === 14 && HEX.test(token.text) && /\d/.test(token.text)) {
      out.meids.push(token.text.toUpperCase());
    }
  }
  for (const run of digitRuns(tokens)) {
    for (const piece of imeiPieces(run, label)) {
      const digits = piece.groups.map((group) => group.text).join('');
      const wanted = label === undefined ? digits.length >= 14 && digits.length <= 16 : digits.length >= 8;
      if (!wanted) continue;
      const last = piece.svn ?? piece.groups[piece.groups.length - 1];
      const first = piece.groups[0];
      if (first === undefined || last === undefined) continue;
      const parsed = parseImei(piece.svn === undefined ? digits : `${digits}/${piece.svn.text}`);
      const found: ExtractedImei = { raw: segment.slice(first.start, last.end), parsed, line };
      if (label !== undefined) found.label = label.text;
      if (label?.slot !== undefined) found.slot = label.slot;
      out.imeis.push(found);
    }
  }
}

/** Splits a run into the IMEIs it holds: a line may carry two, grouped or not. */
function imeiPieces(run: Run, label: Label | undefined): Run[] {
  if (label?.kind === 'imeisv') return [imeisvPiece(run)];
  const pieces: Run[] = [];
  let current: Token[] = [];
  let length = 0;
  const close = (): void => {
    if (current.length > 0) pieces.push({ groups: current });
    current = [];
    length = 0;
  };
  for (const group of run.groups) {
    const size = group.text.length;
    if (size >= 14) {
      close(); // digits before a whole IMEI are not part of it (a slot number, say)
    } else if (length + size > 15) {
      if (length < 14) return label === undefined ? [] : [run]; // the groups do not add up to IMEIs
      close();
    }
    current.push(group);
    length += size;
    if (length >= 15) close();
  }
  close();
  const last = pieces[pieces.length - 1];
  if (last !== undefined && run.svn !== undefined) last.svn = run.svn;
  return pieces;
}

/** Under an IMEI/SV label the last two digits are the software version: 14 + 2, or 15 + 2. */
function imeisvPiece(run: Run): Run {
  if (run.svn !== undefined) return run;
  const last = run.groups[run.groups.length - 1];
  if (last === undefined) return run;
  if (run.groups.length > 1 && last.text.length === 2) return { groups: run.groups.slice(0, -1), svn: last };
  if (run.groups.length === 1 && (last.text.length === 16 || last.text.length === 17)) {
    const split = last.text.length - 2;
    return {
      groups: [{ ...last, end: last.start + split, text: last.text.slice(0, split) }],
      svn: { ...last, start: last.start + split, text: last.text.slice(split) },
    };
  }
  return run;
}

function readMeids(tokens: Token[], out: ExtractedText): void {
  let value = '';
  const flush = (): void => {
    const isMeid = HEX.test(value) && (value.length === 14 || value.length === 15 || /^\d{18}$/.test(value));
    if (isMeid) out.meids.push(value.toUpperCase());
    value = '';
  };
  for (const token of tokens) {
    if (token.gap !== 'join') flush();
    value += token.text;
  }
  flush();
}
