// The scam check: Hamta's real links pass; look-alike links, payment, card and app-install requests are caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCAM_REASONS, checkScam, isHamtaHost } from '@/domain/scam';
import { VERDICTS } from '@/domain/verdicts';
import { fastestRunMs } from '../timing';

describe('checkScam on links', () => {
  const realLinks = [
    'https://hamta.ntsw.ir/login',
    'hamta.ntsw.ir',
    'hamtainfo.ntsw.ir',
    'https://hamtainfo.ntsw.ir/faq?id=3#top',
    'hmti.ir/abc',
    'http://hmti.ir/07',
    'HAMTA.NTSW.IR',
    'www.hamta.ntsw.ir/',
    'https://hamta.ntsw.ir./',
  ];

  it.each(realLinks)('lets the real Hamta link %s pass', (link) => {
    expect(checkScam(`برای پیگیری به ${link} مراجعه کنید.`)).toEqual({
      suspicious: false,
      reasons: [],
      foreignLinks: [],
    });
  });

  it('lets real links pass inside Persian punctuation, bidi marks and full stops', () => {
    const texts = [
      'پس از ورود به کارتابل خود از طریق آدرس hamta.ntsw.ir، از منوی سمت راست گزینه را انتخاب نمایید',
      'آموزش ثبت دستگاه برای مسافران سفرهای خارجی:http://hmti.ir/07',
      'لطفا صفحه پیامک های هشدار را مطالعه کنید. http://hmti.ir/12',
      'آدرس سایت «hamta.ntsw.ir» است.',
      'به hamta.ntsw.ir.',
      'وارد شوید.hamta.ntsw.ir',
      'لینک: \u200fhamta\u200f.ntsw.ir\u200e/x\u200f',
      'آدرسhamta.ntsw.irرا باز کنید',
      'hmti.ir/۰۷ را ببینید',
      '(hamta.ntsw.ir)',
      'ｈａｍｔａ．ｎｔｓｗ．ｉｒ',
    ];
    for (const text of texts) expect(checkScam(text), text).toMatchObject({ suspicious: false, foreignLinks: [] });
  });

  const lookAlikes: Array<[string, string]> = [
    ['hamta.digital/reg', 'hamta.digital/reg'],
    ['https://hamta-ntsw.ir', 'https://hamta-ntsw.ir'],
    ['www.hamta.ntsw.ir.example.com/x', 'www.hamta.ntsw.ir.example.com/x'],
    ['hamtantsw.ir', 'hamtantsw.ir'],
    ['hamta.ntsw.ir@evil.com', 'hamta.ntsw.ir@evil.com'],
    ['https://hamta.ntsw.ir@evil.com/login', 'https://hamta.ntsw.ir@evil.com/login'],
    ['http://xn--mgbf4fh.com', 'http://xn--mgbf4fh.com'],
    ['http://همتا.com', 'http://همتا.com'],
    ['https://harnta.ntsw.ir.co/pay', 'https://harnta.ntsw.ir.co/pay'],
    ['hamta。digital', 'hamta.digital'],
    ['hmti.ir.example.org', 'hmti.ir.example.org'],
    ['sub.hamta.ntsw.ir', 'sub.hamta.ntsw.ir'],
    ['hamata.ir', 'hamata.ir'],
    ['hamta@evil.com/verify', 'hamta@evil.com/verify'],
    ['t.me/hamta_support', 't.me/hamta_support'],
  ];

  it.each(lookAlikes)('catches the look-alike %s', (link, reported) => {
    const check = checkScam(`مشترک گرامی، جهت ثبت IMEI به ${link} مراجعه کنید.`);
    expect(check.suspicious).toBe(true);
    expect(check.reasons).toContain('foreign-link');
    expect(check.reasons).toContain('look-alike-link');
    expect(check.foreignLinks).toEqual([reported]);
  });

  it('reports a link to an unrelated host as foreign but not as a look-alike', () => {
    const check = checkScam('ثبت فوری: bit.ly/3xYz');
    expect(check.reasons).toEqual(['foreign-link']);
    expect(check.foreignLinks).toEqual(['bit.ly/3xYz']);
  });

  it('catches a look-alike hidden behind RTL marks, next to Persian letters or after a full stop', () => {
    expect(checkScam('ثبت کنید.hamta.digital').foreignLinks).toEqual(['hamta.digital']);
    expect(checkScam('در سایتhamta-ntsw.irثبت کنید').foreignLinks).toEqual(['hamta-ntsw.ir']);
    expect(checkScam('hamta.ntsw.ir\u200f.evil.com').foreignLinks).toEqual(['hamta.ntsw.ir.evil.com']);
  });

  it('reports each foreign link once, beside Hamta links that pass', () => {
    const check = checkScam('hamta.ntsw.ir و hamta.digital و دوباره hamta.digital و hmti.ir/03');
    expect(check.foreignLinks).toEqual(['hamta.digital']);
  });

  it('does not read dates, versions, decimals or abbreviations as links', () => {
    const check = checkScam('۱۴۰۳.۰۲.۱۵ نسخه 1.5 e.g. i.e. ساعت 10:30 است.سپس');
    expect(check.foreignLinks).toEqual([]);
    expect(check.suspicious).toBe(false);
  });

  it('accepts exactly Hamta hosts and their www. form', () => {
    expect(isHamtaHost('WWW.HMTI.IR')).toBe(true);
    expect(isHamtaHost('hamta.ntsw.ir.')).toBe(true);
    expect(isHamtaHost('ntsw.ir')).toBe(false);
    expect(isHamtaHost('www.www.hamta.ntsw.ir')).toBe(false);
  });
});

describe('checkScam on requests in the wording', () => {
  const requests: Array<[string, string, (typeof SCAM_REASONS)[number]]> = [
    ['a Persian payment request', 'برای جلوگیری از قطع سرویس مبلغ ۵۰۰۰ تومان پرداخت کنید', 'asks-for-money'],
    ['a fine', 'جریمه عدم ثبت دستگاه را بپردازید', 'asks-for-money'],
    ['a deposit in rials', 'واريز ۵۰,۰۰۰ ريال', 'asks-for-money'],
    ['a registration fee', 'هزینه‌ی ثبت در همتا ۲۰ هزار تومان است', 'asks-for-money'],
    ['an English payment request', 'Pay the registration fee now', 'asks-for-money'],
    ['a payment "so it is not cut off"', 'مبلغ را پرداخت کنید تا خط شما قطع نشود', 'asks-for-money'],
    ['a payment with a threat in the next clause', 'هزینه را بپردازید، وگرنه هیچ سرویسی نخواهید داشت', 'asks-for-money'],
    ['an English payment with a threat', 'Pay now or your phone will never work again', 'asks-for-money'],
    ['a card number and second password', 'شماره کارت و رمز دوم خود را وارد کنید', 'asks-for-card'],
    ['a CVV2 and expiry date', 'CVV2 و تاریخ انقضای کارت را بنویسید', 'asks-for-card'],
    ['a one-time code', 'رمز پويا را وارد نماييد', 'asks-for-card'],
    ['English card details', 'Enter your card number and OTP', 'asks-for-card'],
    ['an app to install', 'برنامه همتا را از لینک زیر نصب کنید', 'asks-for-app-install'],
    ['an app to download', 'اپلیکیشن را دانلود کنید', 'asks-for-app-install'],
    ['an APK file', 'فایل hamta.apk را باز کنید', 'asks-for-app-install'],
    ['an English install request', 'Install the app to keep your service', 'asks-for-app-install'],
  ];

  it.each(requests)('catches %s', (_name, text, reason) => {
    const check = checkScam(text);
    expect(check.suspicious).toBe(true);
    expect(check.reasons).toContain(reason);
  });

  it('catches a typical fake Hamta SMS on every count', () => {
    const sms =
      '+989121234567\nهمتا: گوشی شما ثبت نشده و تا ۲۴ ساعت دیگر قطع می‌شود. برای ثبت IMEI مبلغ ۱۰,۰۰۰ تومان به آدرس hamta.digital/reg پرداخت کنید.';
    expect(checkScam(sms)).toEqual({
      suspicious: true,
      reasons: ['foreign-link', 'look-alike-link', 'asks-for-money', 'sender-not-hamta'],
      foreignLinks: ['hamta.digital/reg'],
    });
  });

  it('sees a phone number shown as the sender', () => {
    for (const text of ['۰۹۱۲ ۱۲۳ ۴۵۶۷\nسلام', 'From: +98 912 123 4567\nhello', 'فرستنده: 09121234567\nسلام']) {
      expect(checkScam(text).reasons, text).toEqual(['sender-not-hamta']);
    }
    expect(checkScam('HAMTA\nهمتا: دستگاه شما فعال شد').suspicious).toBe(false);
    expect(checkScam('356938035643809\nIMEI دوم').suspicious).toBe(false);
  });

  it('does not count warnings and reassurances that name money or cards', () => {
    const reassurances = [
      'ثبت در همتا رایگان است و هیچ هزینه‌ای ندارد',
      'همتا هرگز درخواست پرداخت وجه نمی‌کند',
      'بدون پرداخت هزینه ثبت کنید',
      'رمز دوم کارت خود را هرگز به کسی ندهید',
      'هیچ برنامه‌ای نصب نکنید',
      'Hamta is free of charge: never pay anyone and do not share your card number',
    ];
    for (const text of reassurances) expect(checkScam(text), text).toMatchObject({ suspicious: false });
  });

  it('does not mistake SIM cards, the kartabl or serial numbers for money or bank cards', () => {
    const text = 'سیم کارت را در اسلات دوم قرار دهید، رمز کارتابل را وارد کنید و شماره سریال دستگاه را بنویسید';
    expect(checkScam(text).suspicious).toBe(false);
  });

  it.each(VERDICTS.map((verdict) => [verdict.id, verdict.message] as const))(
    'finds nothing suspicious in the real %s verdict',
    (_id, message) => {
      expect(checkScam(message)).toEqual({ suspicious: false, reasons: [], foreignLinks: [] });
    },
  );
});

// Link-shaped pastes: hosts, schemes and separators mixed with Persian and invisible marks.
const urlPasteArb = fc.string({
  unit: fc.constantFrom(...'hamt.nsw-ir/:@\\?#www۰۱همتا، .\u200f\u200c\ud800'.split(''), 'https://', 'xn--', '。'),
  maxLength: 60,
});
const anyCodePointsArb = fc.string({
  unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  maxLength: 60,
});

describe('checkScam on any input', () => {
  it('never throws and always answers in shape', () => {
    fc.assert(
      fc.property(fc.oneof(anyCodePointsArb, urlPasteArb), (text) => {
        const check = checkScam(text);
        expect(check.suspicious).toBe(check.reasons.length > 0);
        for (const reason of check.reasons) expect(SCAM_REASONS).toContain(reason);
      }),
      { numRuns: 400 },
    );
  });

  it('returns for empty text and values that are not strings', () => {
    expect(checkScam('')).toEqual({ suspicious: false, reasons: [], foreignLinks: [] });
    expect(checkScam(undefined as unknown as string).suspicious).toBe(false);
  });

  it('answers a 2 MB paste in milliseconds', () => {
    const manyLinks = 'hamta.digital '.repeat(150_000);
    expect(checkScam(manyLinks).foreignLinks).toEqual(['hamta.digital']);
    // The fastest of five runs, so a busy machine's pauses do not count.
    expect(fastestRunMs(() => checkScam(manyLinks))).toBeLessThan(50);
    const noSpaces = 'a.'.repeat(1_000_000);
    expect(fastestRunMs(() => checkScam(noSpaces))).toBeLessThan(50);
  });
});
