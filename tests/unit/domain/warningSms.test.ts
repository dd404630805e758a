// Hamta's warning SMS recognised on real phrasings: with and without ZWNJ, Arabic ي/ك, digits in any script; and where each leads.
import { describe, expect, it } from 'vitest';
import { route } from '@/domain/otherProblems';
import { HELP_ANSWERS_FOR_WARNING, identifyWarningSms, WARNING_SMS_KINDS, type WarningSmsKind } from '@/domain/warningSms';

const ZWNJ = '\u200c';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

/** Warning SMS as phones receive them from HAMTA (the ZWNJs of Persian spelling included). */
const WARNINGS: { kind: WarningSmsKind; text: string }[] = [
  {
    kind: 'ownership-transfer',
    text: `همتا: کاربر گرامی، سیم${ZWNJ}کارت شما روی دستگاهی با شناسه 356938035643809 فعال است که مالک آن شخص دیگری است. برای جلوگیری از قطع سرویس تا تاریخ 1404/09/20 نسبت به انتقال مالکیت دستگاه در hamta.ntsw.ir اقدام نمایید.`,
  },
  {
    kind: 'ownership-transfer',
    text: `مشترک گرامی، مهلت ${'30'} روزه استفاده از گوشی با سیم${ZWNJ}کارت شما رو به پایان است؛ مالک دستگاه باید انتقال مالکیت را از طریق #7777* انجام دهد.`,
  },
  {
    kind: 'illegal-device',
    text: `همتا: مشترک گرامی، دستگاه تلفن همراه با شناسه 352099001761481 در سامانه همتا ثبت نشده و غیرقانونی است. سرویس${ZWNJ}دهی به این دستگاه از تاریخ 1404/10/01 قطع خواهد شد. hmti.ir/x1`,
  },
  {
    kind: 'illegal-device',
    text: 'HAMTA: The device with IMEI 356938035643809 is an illegal device and is not registered. Its service will be cut off on 2026-01-10.',
  },
  {
    kind: 'cut-off-date',
    text: `همتا: مشترک گرامی، سرویس${ZWNJ}دهی به گوشی شما با شناسه 356938035643809 از تاریخ 1404/09/15 قطع خواهد شد. جهت اطلاع بیشتر به hamtainfo.ntsw.ir مراجعه نمایید.`,
  },
  {
    kind: 'cut-off-date',
    text: 'HAMTA: service to your phone will be cut off on 1404/09/15 unless the steps on hamta.ntsw.ir are done.',
  },
];

function variants(text: string): { form: string; text: string }[] {
  return [
    { form: 'as received', text },
    { form: 'without ZWNJ', text: text.split(ZWNJ).join('') },
    { form: 'ZWNJ as a space', text: text.split(ZWNJ).join(' ') },
    { form: 'with Arabic ي and ك', text: text.replace(/ی/g, 'ي').replace(/ک/g, 'ك') },
    { form: 'Persian digits', text: text.replace(/\d/g, (d) => PERSIAN.charAt(Number(d))) },
    { form: 'Arabic-Indic digits', text: text.replace(/\d/g, (d) => ARABIC.charAt(Number(d))) },
  ];
}

describe('identifyWarningSms', () => {
  for (const { kind, text } of WARNINGS) {
    for (const variant of variants(text)) {
      it(`recognises ${kind} (${variant.form}): ${text.slice(0, 40)}…`, () => {
        expect(identifyWarningSms(variant.text)).toBe(kind);
      });
    }
  }

  it('is none for ordinary texts, empty text and texts with a cue word but no phone', () => {
    expect(identifyWarningSms('')).toBeNull();
    expect(identifyWarningSms('   \u200c ')).toBeNull();
    expect(identifyWarningSms('سلام، فردا ساعت ۱۰ جلسه داریم.')).toBeNull();
    expect(identifyWarningSms('مهلت ثبت‌نام دانشگاه تا تاریخ ۱۵ آذر است.')).toBeNull();
    expect(identifyWarningSms('The meeting is cut off at noon.')).toBeNull();
  });

  it('never throws, whatever it gets, and reads only the start of a huge text', () => {
    expect(identifyWarningSms(undefined as unknown as string)).toBeNull();
    expect(identifyWarningSms(42 as unknown as string)).toBeNull();
    const huge = `${'a'.repeat(20_000)} گوشی شما غیرقانونی است`;
    expect(identifyWarningSms(huge)).toBeNull();
  });

  it('does not take a layer-zero verdict for a warning', () => {
    expect(identifyWarningSms('درخواست شما بررسی و تایید گردید')).toBeNull();
    expect(identifyWarningSms('شناسه دستگاه (IMEI) متعلق به شما نمی‌باشد')).toBeNull();
  });
});

describe('where a warning leads in "What is happening to your phone?"', () => {
  it('ownership transfer and a cut-off date reach their answer; an illegal-device warning asks whose SIM it is', () => {
    expect(route(HELP_ANSWERS_FOR_WARNING['ownership-transfer'])?.id).toBe('ownership-transfer');
    expect(route(HELP_ANSWERS_FOR_WARNING['cut-off-date'])?.id).toBe('warning-sms');
    expect(route(HELP_ANSWERS_FOR_WARNING['illegal-device'])).toBeNull();
    for (const kind of WARNING_SMS_KINDS) expect(HELP_ANSWERS_FOR_WARNING[kind].length).toBeGreaterThan(0);
  });
});
