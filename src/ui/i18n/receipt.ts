// Words of the kiosk receipt: what was filed, masked, and what happens next; for the screen, the printer, sharing and the QR code.
import { defineMessages } from './core';

export const receiptMessages = defineMessages({
  fa: {
    receipt: 'رسید',
    title: 'رسید درخواست اصلاح IMEI',
    reference: 'شمارهٔ پیگیری',
    dateJalali: 'تاریخ (شمسی)',
    dateGregorian: 'تاریخ (میلادی)',
    imei: (slot: string) => `IMEI ${slot}`,
    phone: 'شمارهٔ همراه',
    status: 'وضعیت',
    nextTitle: 'بعد از این چه می‌شود',
    nextWhen:
      'اگر این دستگاه آفلاین است، درخواست به‌محض وصل شدن اینترنت خودبه‌خود ارسال می‌شود. کارشناس لایهٔ صفر همتا معمولاً به‌زودی پاسخ می‌دهد.',
    nextWhere: 'پاسخ در کارتابل همتای شما (hamta.ntsw.ir) در بخش «ثبت و پیگیری مشکلات» می‌آید.',
    nextGuide: (address: string) =>
      `برای فهمیدن پاسخ، راهنمای پاسخ‌ها را در ${address} باز کنید و متن پاسخ را در کادر «پیامی را که گرفته‌اید بچسبانید» بگذارید.`,
    privacy: 'این رسید برای خواندن درخواست کافی نیست: شناسه‌ها پوشانده شده‌اند.',
    print: 'چاپ',
    share: 'اشتراک‌گذاری',
    showQr: 'نمایش کد QR',
    hideQr: 'پنهان کردن کد QR',
    qrLabel: 'کد QR این رسید؛ با دوربین گوشی خود بخوانید.',
    shareFailed: 'اشتراک‌گذاری انجام نشد. از کد QR یا چاپ استفاده کنید.',
    close: 'بستن رسید',
  },
  en: {
    receipt: 'Receipt',
    title: 'IMEI correction ticket receipt',
    reference: 'Reference',
    dateJalali: 'Date (Jalali)',
    dateGregorian: 'Date (Gregorian)',
    imei: (slot: string) => `IMEI ${slot}`,
    phone: 'Mobile number',
    status: 'State',
    nextTitle: 'What happens next',
    nextWhen:
      "If this tablet is offline, the ticket is sent by itself as soon as the network is back. Hamta's layer-zero reviewer usually answers soon.",
    nextWhere: 'The answer appears in your Hamta dashboard (kartabl, hamta.ntsw.ir) under "Register and track problems".',
    nextGuide: (address: string) =>
      `To understand the answer, open the verdict guide at ${address} and paste the answer into the box "Paste the message you got".`,
    privacy: 'This receipt is not enough to read the ticket: its numbers are masked.',
    print: 'Print',
    share: 'Share',
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    qrLabel: "QR code of this receipt; scan it with your phone's camera.",
    shareFailed: 'Sharing did not work. Use the QR code or print instead.',
    close: 'Close receipt',
  },
});
