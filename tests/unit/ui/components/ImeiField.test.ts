// What a paste into an IMEI box brings: a whole *#06# screen spreads over the slots; a lone IMEI is typed as is.
import { expect, test } from 'vitest';
import { imeisInPastedText } from '@/ui/components/ImeiField';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';

test('a *#06# screen in Persian digits gives both IMEIs in slot order, normalised', () => {
  const screen = 'IMEI1: ۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹\nIMEI2: ۳۵۶۹۳۸۰۳۵۶۴۳۸۱۷\nMEID: A0000012345678';
  expect(imeisInPastedText(screen)).toEqual([IMEI_1, IMEI_2]);
});

test('a screen listing slot 2 first still gives slot 1 first', () => {
  expect(imeisInPastedText(`IMEI2: ${IMEI_2}\nIMEI1: ${IMEI_1}`)).toEqual([IMEI_1, IMEI_2]);
});

test('an IMEISV line that repeats an IMEI does not add a third slot', () => {
  expect(imeisInPastedText(`IMEI1: ${IMEI_1}\nIMEI2: ${IMEI_2}\nIMEI SV: ${IMEI_1.slice(0, 14)} 01`)).toEqual([IMEI_1, IMEI_2]);
});

test('a lone IMEI, right or wrong, is left for the browser to paste as typed', () => {
  expect(imeisInPastedText(IMEI_1)).toBeNull();
  expect(imeisInPastedText('356938035643800')).toBeNull();
  expect(imeisInPastedText('35 6938 0356 4380 9')).toBeNull();
});

test('one IMEI inside other words is taken out of them', () => {
  expect(imeisInPastedText(`My IMEI is ${IMEI_1}, thanks`)).toEqual([IMEI_1]);
});

test('a wrongly typed IMEI among others is kept as written so its box explains it', () => {
  expect(imeisInPastedText(`IMEI1: ${IMEI_1}\nIMEI2: 356938035643810`)).toEqual([IMEI_1, '356938035643810']);
});

test('text without an IMEI is pasted as it is', () => {
  expect(imeisInPastedText('hello <script>alert(1)</script>')).toBeNull();
  expect(imeisInPastedText('   ')).toBeNull();
});
