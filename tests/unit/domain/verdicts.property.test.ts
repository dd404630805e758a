// Property tests: every Hamta verdict is still recognised under the noise of real pastes, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICTS, identifyVerdict } from '@/domain/verdicts';

const INVISIBLE_MARKS = ['\u200c', '\u200b', '\u200e', '\u200f', '\u200d', '\ufeff'];
const LETTER_SWAPS: Readonly<Record<string, string>> = { ی: 'ي', ي: 'ی', ک: 'ك', ك: 'ک' };
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** One edit a person's keyboard, phone or copy-paste may make at one place in the text. */
type Edit =
  | { kind: 'mark'; at: number; mark: string }
  | { kind: 'space'; at: number }
  | { kind: 'drop-space'; at: number }
  | { kind: 'double-space'; at: number }
  | { kind: 'swap-letter'; at: number }
  | { kind: 'swap-digit'; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('mark' as const), at: fc.nat(), mark: fc.constantFrom(...INVISIBLE_MARKS) }),
  fc.record({ kind: fc.constant('space' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-space' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double-space' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-letter' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-digit' as const), at: fc.nat() }),
);

/** Finds the first index at or after `from` (wrapping round) whose character passes the test. */
function findFrom(chars: string[], from: number, test: (char: string) => boolean): number {
  for (let step = 0; step < chars.length; step += 1) {
    const index = (from + step) % chars.length;
    if (test(chars[index] ?? '')) return index;
  }
  return -1;
}

function swapDigit(char: string): string {
  const persian = PERSIAN_DIGITS.indexOf(char);
  if (persian >= 0) return String(persian);
  return PERSIAN_DIGITS[Number(char)] ?? char;
}

function applyEdit(chars: string[], edit: Edit): void {
  const at = chars.length === 0 ? 0 : edit.at % chars.length;
  switch (edit.kind) {
    case 'mark':
      chars.splice(at, 0, edit.mark);
      return;
    case 'space':
      chars.splice(at, 0, ' ');
      return;
    case 'drop-space': {
      const index = findFrom(chars, at, (char) => char === ' ');
      if (index >= 0) chars.splice(index, 1);
      return;
    }
    case 'double-space': {
      const index = findFrom(chars, at, (char) => char === ' ');
      if (index >= 0) chars.splice(index, 0, ' ');
      return;
    }
    case 'swap-letter': {
      const index = findFrom(chars, at, (char) => char in LETTER_SWAPS);
      if (index >= 0) chars[index] = LETTER_SWAPS[chars[index] ?? ''] ?? '';
      return;
    }
    case 'swap-digit': {
      const index = findFrom(chars, at, (char) => /[0-9۰-۹]/.test(char));
      if (index >= 0) chars[index] = swapDigit(chars[index] ?? '');
      return;
    }
  }
}

function withNoise(text: string, edits: readonly Edit[]): string {
  const chars = [...text];
  for (const edit of edits) applyEdit(chars, edit);
  return chars.join('');
}

// Characters a paste is made of, including the awkward ones (lone surrogates, bidi controls).
const PASTE_CHARS = [...'ابپتسشکگلمنوهیيكةأإآئ۰۱۲۳۴۵۶۷۸۹09 ()،.:/@-aeimr\n\t', ...INVISIBLE_MARKS, '\u202e', '\ud800', '\udfff'];
const pasteLikeArb = fc.string({ unit: fc.constantFrom(...PASTE_CHARS), maxLength: 120 });
// Any code point, lone surrogates included (fast-check's 'binary' unit is far slower to start).
const anyCodePointsArb = fc.string({
  unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  maxLength: 60,
});

// A dated header gives the digit swaps something to change.
const headerArb = fc.constantFrom('', 'همتا ۱۴۰۳/۰۲/۱۵ ۱۰:۲۲\n', 'Hamta 2024-05-04 10:22\n', 'تیکت 123456: ');

describe('identifyVerdict under random noise', () => {
  it('recognises every Hamta message after random marks, spacing, letter and digit changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERDICTS), headerArb, fc.array(editArb, { maxLength: 40 }), (verdict, header, edits) => {
        expect(identifyVerdict(withNoise(header + verdict.message, edits))).toBe(verdict.id);
      }),
      { numRuns: 600 },
    );
  });

  it('recognises every reason alone after the same noise', () => {
    const reasons = VERDICTS.filter((verdict) => verdict.reason !== null);
    fc.assert(
      fc.property(fc.constantFrom(...reasons), fc.array(editArb, { maxLength: 30 }), (verdict, edits) => {
        expect(identifyVerdict(withNoise(verdict.reason ?? '', edits))).toBe(verdict.id);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and answers a verdict id or null for any string', () => {
    const ids = new Set<string | null>([...VERDICTS.map((verdict) => verdict.id), null]);
    fc.assert(
      fc.property(fc.oneof(anyCodePointsArb, pasteLikeArb), (text) => {
        expect(ids.has(identifyVerdict(text))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps its answer for a Hamta message with arbitrary text added after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERDICTS), fc.string({ maxLength: 40 }), (verdict, tail) => {
        fc.pre(identifyVerdict(tail) === null);
        expect(identifyVerdict(`${verdict.message}\n${tail}`)).toBe(verdict.id);
      }),
    );
  });
});
