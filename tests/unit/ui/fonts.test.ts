// Every Arabic-script character of the app's words is inside the unicode-range of a Vazirmatn face, in both weights.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatUnicodeRange,
  isArabicBlock,
  parseUnicodeRange,
  stringLiteralCharacters,
  uiTextCharacters,
} from '../../../scripts/subsetFonts';

const STYLES = join(dirname(fileURLToPath(import.meta.url)), '../../../src/ui/styles');

interface FontFace {
  readonly weight: number;
  readonly url: string;
  readonly covers: (codePoint: number) => boolean;
}

function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
    weight: Number(/font-weight:\s*(\d+)/.exec(body)?.[1]),
    url: /src:\s*url\('([^']+)'\)/.exec(body)?.[1] ?? '',
    covers: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? ''),
  }));
}

const faces = fontFaces(readFileSync(join(STYLES, 'fonts.css'), 'utf8'));

/** The code points of `characters` that no face of `weight` draws, as a unicode-range for a readable failure. */
function uncovered(weight: number, characters: Iterable<string>): string {
  const ofWeight = faces.filter((face) => face.weight === weight);
  const missing = [...characters]
    .map((character) => character.codePointAt(0) ?? 0)
    .filter((codePoint) => codePoint >= 0x20 && !ofWeight.some((face) => face.covers(codePoint)));
  return formatUnicodeRange(missing);
}

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCodePoint(0x20 + index));
/** ZWNJ, ZWJ, LRM, RLM and the bidi isolates: shaped with the Persian letters around them. */
const PERSIAN_CONTROLS = ['\u200c', '\u200d', '\u200e', '\u200f', '\u2066', '\u2067', '\u2068', '\u2069'];
const persianScript = (character: string): boolean => isArabicBlock(character.codePointAt(0) ?? 0) || PERSIAN_CONTROLS.includes(character);
const PERSIAN_ALPHABET = [...'آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئءأؤيك۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩،؛؟\u200c'];

describe('fonts.css', () => {
  it('loads two weights from subset files that exist', () => {
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]));
    for (const face of faces) {
      expect(face.url).toMatch(/^\.\/fonts\/.+\.woff2$/);
      const file = join(STYLES, face.url);
      expect(existsSync(file), file).toBe(true);
      // Far below the 16–22 kB of the whole per-script files.
      expect(statSync(file).size).toBeLessThan(15_000);
    }
  });

  it('reads string literals with their escapes, not comments', () => {
    const characters = stringLiteralCharacters('probe.ts', "// →\nconst word = 'می\\u200cشود';\nconst line = `${word} ✓`;");
    expect(characters.has('\u200c')).toBe(true);
    expect(characters.has('✓')).toBe(true);
    expect(characters.has('→')).toBe(false);
  });

  it.each([400, 700])('weight %i draws every Persian character of the UI strings, Hamta messages and problem subjects', async (weight) => {
    const characters = [...(await uiTextCharacters())].filter(persianScript);
    expect(characters.length).toBeGreaterThan(40);
    expect(uncovered(weight, characters)).toBe('');
  });

  it.each([400, 700])('weight %i draws what a Persian user types', (weight) => {
    expect(uncovered(weight, PERSIAN_ALPHABET)).toBe('');
  });

  it('leaves Latin letters to the system font, in English and inside Persian text', () => {
    const claimed = PRINTABLE_ASCII.filter((character) => faces.some((face) => face.covers(character.codePointAt(0) ?? 0)));
    expect(claimed).toEqual([]);
  });

  it('no character is in two faces of one weight', () => {
    for (const weight of [400, 700]) {
      const ofWeight = faces.filter((face) => face.weight === weight);
      const twice: number[] = [];
      for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
        if (ofWeight.filter((face) => face.covers(codePoint)).length > 1) twice.push(codePoint);
      }
      expect(formatUnicodeRange(twice)).toBe('');
    }
  });
});
