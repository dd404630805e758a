// Words of the barcode scanner beside every IMEI field.
import type { SetAsideReason } from '../../domain/scannedImeis';
import { defineMessages, localDigits } from './core';

const fa = (text: string | number): string => localDigits(text, 'fa');

export const scanMessages = defineMessages({
  fa: {
    scan: 'اسکن بارکد',
    title: 'اسکن بارکد IMEI از روی جعبه',
    intro: 'بارکدهای IMEI روی برچسب جعبهٔ گوشی را جلوی دوربین بگیرید، یا از برچسب عکس بگیرید. اطلاعات از این دستگاه بیرون نمی‌رود.',
    photo: 'عکس بارکد',
    photoHint: 'عکسی واضح از برچسب جعبه، از نزدیک و بدون بازتاب نور.',
    cameraStarting: 'در حال روشن کردن دوربین…',
    cameraOn: 'دوربین روشن است؛ بارکد را در کادر نگه دارید.',
    cameraUnavailable: 'دوربین در دسترس نیست یا اجازهٔ آن داده نشده است؛ از عکس بارکد استفاده کنید.',
    reading: 'در حال خواندن بارکدها…',
    readerFailed: 'بارکدخوان بار نشد. یک بار با اینترنت امتحان کنید؛ پس از آن بدون اینترنت هم کار می‌کند.',
    imageFailed: 'این عکس خوانده نشد. یک عکس دیگر (JPEG یا PNG) انتخاب کنید.',
    nothingFound: 'بارکدی پیدا نشد. عکسی نزدیک‌تر و واضح‌تر بگیرید.',
    noImei: 'بارکد خوانده شد، اما هیچ‌کدام IMEI نبود.',
    filledOne: (imei: string) => `IMEI ${fa(imei)} وارد شد.`,
    filledMany: (imeis: string[]) => `${fa(imeis.length)} IMEI وارد شد: ${imeis.map((imei) => fa(imei)).join('، ')}.`,
    found: 'IMEIهای پیدا شده، به ترتیب روی جعبه',
    ignored: 'کنار گذاشته شد',
    reasonProductCode: 'بارکد کالا (EAN)، نه IMEI',
    reasonCheckDigit: 'رقم کنترلی نمی‌خواند؛ بد چاپ یا بد خوانده شده است',
    reasonNotImei: 'شمارهٔ سریال یا کد دیگر، نه IMEI',
    close: 'بستن',
  },
  en: {
    scan: 'Scan barcode',
    title: 'Scan the IMEI barcode on the box',
    intro: 'Hold the IMEI barcodes on the phone box’s label up to the camera, or take a photo of the label. Nothing leaves this device.',
    photo: 'Photo of the barcode',
    photoHint: 'A sharp photo of the box label, close up and without glare.',
    cameraStarting: 'Starting the camera…',
    cameraOn: 'The camera is on; keep the barcode in the frame.',
    cameraUnavailable: 'The camera is not available or not allowed; use a photo of the barcode.',
    reading: 'Reading the barcodes…',
    readerFailed: 'The barcode reader did not load. Try once while online; after that it works offline too.',
    imageFailed: 'This photo could not be read. Choose another one (JPEG or PNG).',
    nothingFound: 'No barcode found. Take a closer, sharper photo.',
    noImei: 'Barcodes were read, but none of them is an IMEI.',
    filledOne: (imei: string) => `Filled in IMEI ${imei}.`,
    filledMany: (imeis: string[]) => `Filled in ${imeis.length} IMEIs: ${imeis.join(', ')}.`,
    found: 'IMEIs found, in the order on the box',
    ignored: 'Set aside',
    reasonProductCode: 'product barcode (EAN), not an IMEI',
    reasonCheckDigit: 'check digit does not match; misprinted or misread',
    reasonNotImei: 'serial number, not an IMEI',
    close: 'Close',
  },
});

export type ScanMessages = (typeof scanMessages)['en'];

export function setAsideText(t: ScanMessages, reason: SetAsideReason): string {
  switch (reason) {
    case 'product-code':
      return t.reasonProductCode;
    case 'check-digit':
      return t.reasonCheckDigit;
    case 'not-imei':
      return t.reasonNotImei;
  }
}
