// Cuts Vazirmatn down to the Arabic-script characters the app shows and a Persian user types, and writes fonts.css for it.
//
// Run `npm run fonts` after changing UI strings; the woff2 files and fonts.css it writes are committed, so the build never
// subsets. @fontsource/vazirmatn ships per-script files (arabic, latin, latin-ext); only the Arabic one is used, one
// @font-face per weight whose unicode-range is the subset's cmap (plus the invisible controls, see INVISIBLE_CONTROLS).
// Latin letters, in English and inside Persian text, are drawn by the system's UI font.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STYLES = join(ROOT, 'src/ui/styles');
const OUTPUT = join(STYLES, 'fonts');
const WEIGHTS = [400, 700] as const;

/** The files whose string literals are the app's words: the UI strings, Hamta's messages, the problem subjects. */
export async function uiTextFiles(): Promise<string[]> {
  const i18n = join(ROOT, 'src/ui/i18n');
  const names = (await readdir(i18n)).filter((name) => name.endsWith('.ts')).sort();
  return [...names.map((name) => join(i18n, name)), join(ROOT, 'src/domain/verdicts.ts'), join(ROOT, 'src/domain/otherProblems.ts')];
}

/** Every character inside a string or template literal of the given TypeScript source, escapes decoded (`\u200c` counts). */
export function stringLiteralCharacters(fileName: string, source: string): Set<string> {
  const characters = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const character of node.text) characters.add(character);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return characters;
}

/** The characters of all the app's words, from uiTextFiles(). */
export async function uiTextCharacters(): Promise<Set<string>> {
  const characters = new Set<string>();
  for (const file of await uiTextFiles()) {
    for (const character of stringLiteralCharacters(file, await readFile(file, 'utf8'))) characters.add(character);
  }
  return characters;
}

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * What a Persian user types on the standard Persian keyboard (ISIRI 9147) or pastes from Arabic text: letters with their
 * hamza and alef variants (U+0621–064A, so Arabic yeh and kaf ي ك too), harakat and hamza marks, tatweel, superscript alef,
 * both digit sets with the Arabic percent and separators, Persian letters پ چ ژ ک گ ۀ ی, Arabic punctuation and the rial sign.
 */
const PERSIAN_TYPED: readonly number[] = [
  0x060c,
  0x061b,
  0x061f,
  ...span(0x0621, 0x063a),
  ...span(0x0640, 0x0655),
  ...span(0x0660, 0x066c),
  0x0670,
  0x067e,
  0x0686,
  0x0698,
  0x06a9,
  0x06af,
  0x06c0,
  0x06cc,
  ...span(0x06f0, 0x06f9),
  0xfdfc,
];

/** The Unicode blocks of the Arabic script: a UI character in one of them must be drawn by Vazirmatn. */
export function isArabicBlock(codePoint: number): boolean {
  return (
    (codePoint >= 0x0600 && codePoint <= 0x06ff) ||
    (codePoint >= 0x0750 && codePoint <= 0x077f) ||
    (codePoint >= 0x08a0 && codePoint <= 0x08ff) ||
    (codePoint >= 0xfb50 && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfeff)
  );
}

/**
 * Invisible controls a Persian text may hold, and the UI strings use around IMEIs: ZWNJ, ZWJ, LRM, RLM and the bidi isolates.
 * Vazirmatn maps U+200C–200E only. The Arabic face claims all of them in its unicode-range anyway: HarfBuzz draws a
 * default-ignorable character the font lacks as nothing (never a missing-glyph box), and claiming them keeps the browser from
 * shaping them with a fallback font, which would split the run of Persian letters around them.
 */
const INVISIBLE_CONTROLS: readonly number[] = [...span(0x200c, 0x200f), ...span(0x2066, 0x2069)];

/** One of @fontsource/vazirmatn's per-script files, with the unicode-range fontsource gives it. */
interface SourceScript {
  readonly name: 'arabic';
  readonly covers: (codePoint: number) => boolean;
  /** Code points its @font-face claims beyond those the subset maps. */
  readonly alsoClaims: readonly number[];
}

/** Parses a CSS unicode-range value ("U+0600-06FF,U+200C") into a membership test. */
export function parseUnicodeRange(value: string): (codePoint: number) => boolean {
  const ranges = value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part) => {
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    });
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Writes sorted code points as a CSS unicode-range, merging runs ("U+0627-062A, U+200C"). */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const codePoint of sorted) {
    const last = runs.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else runs.push([codePoint, codePoint]);
  }
  const hex = (codePoint: number): string => codePoint.toString(16).toUpperCase().padStart(4, '0');
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

/** The code points mapped by an sfnt's cmap (formats 4 and 12, the two hb-subset writes). */
export function cmapCodePoints(font: Buffer): Set<number> {
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + 16 * index;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const codePoints = new Set<number>();
  const subtableCount = font.readUInt16BE(cmap + 2);
  for (let index = 0; index < subtableCount; index++) {
    const subtable = cmap + font.readUInt32BE(cmap + 4 + 8 * index + 4);
    const format = font.readUInt16BE(subtable);
    if (format === 4) {
      const segments = font.readUInt16BE(subtable + 6) / 2;
      const ends = subtable + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      for (let segment = 0; segment < segments; segment++) {
        const end = font.readUInt16BE(ends + 2 * segment);
        const start = font.readUInt16BE(starts + 2 * segment);
        const delta = font.readUInt16BE(deltas + 2 * segment);
        const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * segment);
        for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
          const glyph =
            rangeOffset === 0
              ? (codePoint + delta) & 0xffff
              : font.readUInt16BE(rangeOffsets + 2 * segment + rangeOffset + 2 * (codePoint - start));
          if (glyph !== 0) codePoints.add(codePoint);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(subtable + 12);
      for (let group = 0; group < groups; group++) {
        const record = subtable + 16 + 12 * group;
        for (let codePoint = font.readUInt32BE(record); codePoint <= font.readUInt32BE(record + 4); codePoint++) codePoints.add(codePoint);
      }
    }
  }
  return codePoints;
}

/** One subset file and the @font-face that loads it. */
interface Subset {
  readonly script: SourceScript['name'];
  readonly weight: number;
  readonly file: string;
  /** What the subset's cmap maps. */
  readonly codePoints: Set<number>;
  /** What its @font-face claims: codePoints and the source's alsoClaims. */
  readonly unicodeRange: string;
  readonly bytes: number;
}

async function sourceScripts(): Promise<SourceScript[]> {
  const require = createRequire(import.meta.url);
  const ranges = JSON.parse(await readFile(require.resolve('@fontsource/vazirmatn/unicode.json'), 'utf8')) as Record<string, string>;
  const fontsourceArabic = parseUnicodeRange(ranges.arabic ?? '');
  const arabic = (codePoint: number): boolean => fontsourceArabic(codePoint) || INVISIBLE_CONTROLS.includes(codePoint);
  // Fontsource's ranges overlap in U+200C–2011, and its Latin one holds the isolates: the Arabic face takes all of these,
  // so ZWNJ and the isolates shape in the same run as the Persian letters around them.
  // Latin letters are left to the system's UI font (Roboto on Android, which Vazirmatn's Latin follows): the app ships
  // only the Arabic-script faces.
  return [{ name: 'arabic', covers: arabic, alsoClaims: INVISIBLE_CONTROLS }];
}

async function subsetOne(script: SourceScript, weight: number, wanted: Set<number>): Promise<Subset> {
  const require = createRequire(import.meta.url);
  const source = await readFile(require.resolve(`@fontsource/vazirmatn/files/vazirmatn-${script.name}-${weight}-normal.woff2`));
  const text = String.fromCodePoint(...[...wanted].filter(script.covers));
  // Loaded here, not at the top, so the unit test that imports this module's helpers does not load HarfBuzz.
  const { default: subsetFont } = await import('subset-font');
  // All layout features stay: Persian shaping needs ccmp, locl, init/medi/fina (the isolated forms are the default glyphs),
  // rlig, liga, calt, kern, mark and mkmk; Vazirmatn's only other one, tnum, costs 0.3 kB. hb-subset already drops the
  // lookups that no kept glyph reaches.
  const codePoints = cmapCodePoints(await subsetFont(source, text, { targetFormat: 'truetype' }));
  const woff2 = await subsetFont(source, text, { targetFormat: 'woff2' });
  const file = `vazirmatn-${script.name}-${weight}.woff2`;
  await writeFile(join(OUTPUT, file), woff2);
  const unicodeRange = formatUnicodeRange([...codePoints, ...script.alsoClaims]);
  return { script: script.name, weight, file, codePoints, unicodeRange, bytes: woff2.byteLength };
}

// 'optional': text is never laid out twice (no shift when the font arrives); the worker precaches the files, so from
// the second visit on they are there in time.
function fontsCss(subsets: readonly Subset[]): string {
  const faces = subsets.map(
    (subset) => `@font-face {
  font-family: 'Vazirmatn';
  font-style: normal;
  font-display: optional;
  font-weight: ${subset.weight};
  src: url('./fonts/${subset.file}') format('woff2');
  unicode-range: ${subset.unicodeRange};
}`,
  );
  return [
    "/* Vazirmatn 400 and 700, cut to the Arabic-script characters the app shows and a user types (Latin is the system font's): written by `npm run fonts` (scripts/subsetFonts.ts), do not edit. */",
    ...faces,
  ].join('\n');
}

async function main(): Promise<void> {
  const scripts = await sourceScripts();
  const arabicScript = (codePoint: number): boolean => scripts.some((script) => script.covers(codePoint));
  const wanted = new Set<number>([...PERSIAN_TYPED, ...INVISIBLE_CONTROLS]);
  // The UI's Arabic-script characters; its Latin ones (and punctuation such as « » – …) are the system font's.
  for (const character of await uiTextCharacters()) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (arabicScript(codePoint) || isArabicBlock(codePoint)) wanted.add(codePoint);
  }
  const nowhere = [...wanted].filter((codePoint) => !arabicScript(codePoint));
  if (nowhere.length > 0) throw new Error(`Vazirmatn has no file for ${formatUnicodeRange(nowhere)}`);

  await mkdir(OUTPUT, { recursive: true });
  const subsets: Subset[] = [];
  for (const weight of WEIGHTS) for (const script of scripts) subsets.push(await subsetOne(script, weight, wanted));

  const optional = new Set<number>(INVISIBLE_CONTROLS);
  for (const weight of WEIGHTS) {
    const drawn = new Set(subsets.filter((subset) => subset.weight === weight).flatMap((subset) => [...subset.codePoints]));
    const missing = [...wanted].filter((codePoint) => !drawn.has(codePoint) && !optional.has(codePoint));
    if (missing.length > 0) throw new Error(`Vazirmatn ${weight} does not draw ${formatUnicodeRange(missing)}`);
  }

  const { format, resolveConfig } = await import('prettier');
  const cssPath = join(STYLES, 'fonts.css');
  const css = await format(fontsCss(subsets), { ...(await resolveConfig(cssPath)), filepath: cssPath });
  await writeFile(cssPath, css);

  for (const subset of subsets) {
    process.stdout.write(`${relative(ROOT, join(OUTPUT, subset.file))}: ${subset.codePoints.size} characters, ${subset.bytes} bytes\n`);
  }
  process.stdout.write(`${wanted.size} characters wanted, ${subsets.reduce((sum, subset) => sum + subset.bytes, 0)} bytes in all\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
