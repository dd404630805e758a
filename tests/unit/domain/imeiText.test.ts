// extractImeis over pasted text: *#06# screens, labels in English and Persian, grouped digits, MEIDs, huge input.
import { describe, expect, it } from 'vitest';
import { TEXT_SCAN_LIMIT, extractImeis } from '@/domain/imeiText';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';

/** The normalised IMEIs found, in order (null where the candidate is invalid). */
const found = (text: string): (string | null)[] =>
  extractImeis(text).imeis.map((candidate) => (candidate.parsed.ok ? candidate.parsed.imei : null));

describe('extractImeis: whole *#06# screens', () => {
  it('reads a labelled screen with IMEI 1, IMEI 2, MEID, EID and S/N', () => {
    const screen = [
      'IMEI1: 356938035643809',
      'IMEI 2 35693803564381 7',
      'MEID: A0000012345678',
      'EID 89049032004008882600012345678901',
      'S/N R58M1234ABC',
    ].join('\n');
    const result = extractImeis(screen);
    expect(result.imeis).toEqual([
      { raw: IMEI_1, parsed: expect.objectContaining({ ok: true, imei: IMEI_1 }), label: 'IMEI1', slot: 0, line: 0 },
      { raw: '35693803564381 7', parsed: expect.objectContaining({ ok: true, imei: IMEI_2 }), label: 'IMEI 2', slot: 1, line: 1 },
    ]);
    expect(result.meids).toEqual(['A0000012345678']);
    expect(result.truncated).toBe(false);
  });

  it('reads labels that sit on the line above their number, as Samsung shows them', () => {
    const screen =
      'IMEI (slot1)\n356938035643809/01\nIMEI (slot2)\n356938035643817/01\nS/N\nR58M1234ABC\nEID\n89049032005008882600001234567890';
    const result = extractImeis(screen);
    expect(result.imeis.map(({ label, slot, line }) => ({ label, slot, line }))).toEqual([
      { label: 'IMEI (slot1)', slot: 0, line: 1 },
      { label: 'IMEI (slot2)', slot: 1, line: 3 },
    ]);
    expect(result.imeis[0]?.parsed).toMatchObject({ ok: true, imei: IMEI_1, svn: '01' });
    expect(result.meids).toEqual([]);
  });

  it('reads the iPhone grouping "35 693803 564380 9" and keeps the MEID apart', () => {
    const result = extractImeis(
      'EID 89049032004008882600012345678901\nIMEI 35 693803 564380 9\nIMEI2 35 693803 564381 7\nMEID 35693803564380',
    );
    expect(found('IMEI 35 693803 564380 9\nIMEI2 35 693803 564381 7')).toEqual([IMEI_1, IMEI_2]);
    expect(result.imeis.map((candidate) => candidate.raw)).toEqual(['35 693803 564380 9', '35 693803 564381 7']);
    expect(result.meids).toEqual(['35693803564380']);
  });

  it('reports a decimal MEID (14 digits) as an MEID, never as an IMEI', () => {
    const result = extractImeis('IMEI1: 861234567890127\nMEID: 99001234567890');
    expect(result.meids).toEqual(['99001234567890']);
    expect(result.imeis.map((candidate) => candidate.raw)).toEqual(['861234567890127']);
  });

  it('reports an unlabelled hex MEID as an MEID', () => {
    expect(extractImeis('A0000012345678')).toEqual({ imeis: [], meids: ['A0000012345678'], truncated: false });
  });

  it('skips IMSI, ICCID, EID and serial numbers even when they are 15 digits long', () => {
    const text = 'IMSI: 432111234567890\nICCID: 8998111234567890123\nSerial number: 356938035643809\nEID: 356938035643809';
    expect(extractImeis(text).imeis).toEqual([]);
  });
});

describe('extractImeis: IMEI/SV', () => {
  it('reads a 16-digit IMEISV as the IMEI with a completed check digit and its svn', () => {
    const [candidate] = extractImeis('IMEISV: 3569380356438001').imeis;
    expect(candidate?.parsed).toMatchObject({ ok: true, imei: IMEI_1, svn: '01' });
  });

  it('reads "IMEI/SV: 15 digits 2 digits" as the IMEI and its svn', () => {
    const [candidate] = extractImeis('IMEI/SV: 356938035643809 01').imeis;
    expect(candidate?.parsed).toMatchObject({ ok: true, imei: IMEI_1, svn: '01' });
  });

  it('keeps 13 digits + svn under IMEI/SV too short instead of inventing an IMEI', () => {
    const [candidate] = extractImeis('IMEI/SV: 3569380356438 01').imeis;
    expect(candidate?.parsed).toEqual({ ok: false, error: 'too-short' });
  });

  it('does not read a bare "SV: 01" or "IMEI SV: 01" line as an IMEI', () => {
    expect(extractImeis('IMEI: 356938035643809\nSV: 01\nIMEI SV: 01').imeis).toHaveLength(1);
  });

  it('reads a 16-digit number without an IMEISV label as too-long with its IMEI suggested', () => {
    const [candidate] = extractImeis('3569380356438001').imeis;
    expect(candidate?.parsed).toEqual({ ok: false, error: 'too-long', suggestion: IMEI_1 });
  });
});

describe('extractImeis: Persian text and digits', () => {
  it('reads Persian labels with Persian and Arabic-Indic digits', () => {
    const text = 'شناسه ۱: ۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹\nشناسه ۲: ٣٥٦٩٣٨٠٣٥٦٤٣٨١٧\nسریال: ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵';
    const result = extractImeis(text);
    expect(result.imeis.map((candidate) => [candidate.label, candidate.slot])).toEqual([
      ['شناسه ۱', 0],
      ['شناسه ۲', 1],
    ]);
    expect(found(text)).toEqual([IMEI_1, IMEI_2]);
  });

  it('reads an IMEI inside a Persian sentence with ZWNJ and bidi marks', () => {
    expect(found('آی‌ام‌ای‌آی گوشی من \u200f۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹\u200e است')).toEqual([IMEI_1]);
  });

  it('reads "شناسه دستگاه ۲" as naming slot 2', () => {
    expect(extractImeis('شناسه دستگاه ۲: 356938035643817').imeis[0]).toMatchObject({ slot: 1 });
  });
});

describe('extractImeis: groups, several per line, invalid candidates', () => {
  it.each([
    ['dashes', '35-693803-564380-9'],
    ['spaces', '356938 03 564380 9'],
    ['dots', '35.693803.564380.9'],
    ['a single IMEI typed alone', IMEI_1],
  ])('reads an IMEI written with %s', (_kind, text) => {
    expect(found(text)).toEqual([IMEI_1]);
  });

  it('separates two IMEIs on one line, plain or grouped', () => {
    expect(found(`${IMEI_1} ${IMEI_2}`)).toEqual([IMEI_1, IMEI_2]);
    expect(found('35 693803 564380 9 35 693803 564381 7')).toEqual([IMEI_1, IMEI_2]);
    expect(found(`${IMEI_1}, ${IMEI_2}`)).toEqual([IMEI_1, IMEI_2]);
  });

  it('returns invalid candidates with their error and suggestion', () => {
    const result = extractImeis('IMEI1: 356938035643808\nIMEI2: 35693803564381');
    expect(result.imeis.map((candidate) => candidate.parsed)).toEqual([
      { ok: false, error: 'check-digit', expectedCheckDigit: '9', suggestion: IMEI_1 },
      { ok: false, error: 'too-short', suggestion: IMEI_2 },
    ]);
  });

  it('reports a short number only when a label says it is an IMEI', () => {
    expect(extractImeis('IMEI: 35693803564').imeis[0]?.parsed).toEqual({ ok: false, error: 'too-short' });
    expect(extractImeis('Call 09121234567 tomorrow').imeis).toEqual([]);
  });

  it('does not join a slot number in front of a whole IMEI', () => {
    expect(found('SIM 2 356938035643809')).toEqual([IMEI_1]);
  });

  it('ignores digits that are part of words and 32-digit EIDs in groups', () => {
    expect(extractImeis('Model SM-A536E R58M1234ABC 8904 9032 0040 0888 2600 0123 4567 8901').imeis).toEqual([]);
  });

  it('reads IMEIs out of HTML', () => {
    expect(found('<p><b>IMEI</b>: 356938035643809<br>IMEI2: 356938035643817</p>')).toEqual([IMEI_1, IMEI_2]);
  });

  it('gives each candidate the 0-based line it was on', () => {
    const result = extractImeis(`first line\n\n${IMEI_1}\r\n${IMEI_2}`);
    expect(result.imeis.map((candidate) => candidate.line)).toEqual([2, 3]);
  });
});

describe('extractImeis: hostile input', () => {
  it('returns nothing for empty text and for non-strings', () => {
    expect(extractImeis('')).toEqual({ imeis: [], meids: [], truncated: false });
    expect(extractImeis(undefined as unknown as string)).toEqual({ imeis: [], meids: [], truncated: false });
  });

  it('reads only the first TEXT_SCAN_LIMIT characters of a huge paste and says so', () => {
    const text = `IMEI: ${IMEI_1}\n${'x'.repeat(2 * 1024 * 1024)}\nIMEI: ${IMEI_2}`;
    const result = extractImeis(text);
    expect(result.truncated).toBe(true);
    expect(result.imeis.map((candidate) => candidate.raw)).toEqual([IMEI_1]);
  });

  it('still finds an IMEI just inside the cap', () => {
    const text = `${' '.repeat(TEXT_SCAN_LIMIT - IMEI_1.length - 1)}\n${IMEI_1}`;
    expect(found(text)).toEqual([IMEI_1]);
  });

  it('survives label-heavy and separator-heavy text without finding anything', () => {
    expect(extractImeis('IMEI ( slot '.repeat(3000)).imeis).toEqual([]);
    expect(extractImeis(`IMEI${' '.repeat(30_000)}1`).imeis).toEqual([]);
    expect(extractImeis('😀\u0000<script>'.repeat(3000)).imeis).toEqual([]);
  });
});
