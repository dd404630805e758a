// The verdict catalogue and the recognition of pasted verdict messages.
import { describe, expect, it } from 'vitest';
import { FALLBACK_REMEDY, REMEDY_STEPS, VERDICTS, VERDICT_IDS, getVerdict, identifyVerdict, type VerdictId } from '@/domain/verdicts';
import { IMEI_TOOLTIP, MAX_SCANNED_CHARS, compactText } from '@/domain/verdictText';
import { fastestRunMs } from '../timing';

const ZWNJ = '\u200c';

function toArabicLetters(text: string): string {
  return text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
}

describe('the verdict catalogue', () => {
  it('lists the eight verdicts of the guide in its order', () => {
    expect(VERDICTS.map((verdict) => verdict.id)).toEqual([...VERDICT_IDS]);
    expect(VERDICTS.map((verdict) => verdict.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('has exactly one approval, whose message has no reason', () => {
    const approvals = VERDICTS.filter((verdict) => verdict.outcome === 'approved');
    expect(approvals.map((verdict) => verdict.id)).toEqual(['approved']);
    expect(approvals[0]?.reason).toBeNull();
    expect(approvals[0]?.message).toBe('درخواست شما بررسی و تایید گردید');
  });

  it('quotes each rejection as Hamta words it, with the reason in brackets', () => {
    for (const verdict of VERDICTS.filter((entry) => entry.outcome === 'rejected')) {
      expect(verdict.reason).toBeTruthy();
      expect(verdict.message).toBe(`درخواست شما بررسی و رد گردیده است (${verdict.reason})`);
    }
  });

  it('keeps the ZWNJs of Persian orthography and none of the pasted tooltip', () => {
    expect(getVerdict('not-owner').reason).toBe(`شناسه دستگاه (IMEI) متعلق به شما نمی${ZWNJ}باشد`);
    expect(getVerdict('sim-not-seen-on-all-slots').message).toContain(`اسلات${ZWNJ}ها`);
    expect(getVerdict('owned-by-another').message).toContain(`می${ZWNJ}باشد`);
    expect(getVerdict('partial-correction-only').message).toContain(`شناسه${ZWNJ}های آن`);
    expect(getVerdict('already-activated-for-number').reason).toBe('این دستگاه پیش ازاین برای همین شماره تلفن فعال شده است');
    for (const verdict of VERDICTS) {
      expect(verdict.message).not.toContain('بستگی دارد');
      expect(verdict.message).not.toMatch(/نمیباشد|میباشد|اسلاتها/);
    }
  });

  it('gives every verdict and the fallback at least one known remedy step', () => {
    for (const steps of [...VERDICTS.map((verdict) => verdict.remedy), FALLBACK_REMEDY]) {
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) expect(REMEDY_STEPS).toContain(step);
    }
  });

  it('sends the owned-by-another and invalid-IMEI verdicts to the importer, then the seller', () => {
    for (const id of ['owned-by-another', 'invalid-imei-observed'] as const) {
      expect(getVerdict(id).remedy).toEqual(['contact-importer', 'authenticity-inquiry', 'contact-seller']);
    }
    expect(getVerdict('partial-correction-only').remedy).toContain('repair-registration');
    expect(FALLBACK_REMEDY).toContain('contact-importer-or-warranty');
  });

  it('finds each verdict by its id', () => {
    for (const id of VERDICT_IDS) expect(getVerdict(id).id).toBe(id);
  });
});

describe('identifyVerdict on the Persian messages', () => {
  const cases = VERDICTS.map((verdict) => [verdict.id, verdict] as const);

  it.each(cases)('recognises the whole %s message', (id, verdict) => {
    expect(identifyVerdict(verdict.message)).toBe(id);
  });

  it.each(cases.filter(([, verdict]) => verdict.reason !== null))(
    'recognises the %s reason alone, with or without its brackets',
    (id, verdict) => {
      expect(identifyVerdict(verdict.reason ?? '')).toBe(id);
      expect(identifyVerdict(`(${verdict.reason ?? ''})`)).toBe(id);
    },
  );

  it.each(cases)('recognises %s without ZWNJs, or with spaces in their place', (id, verdict) => {
    expect(identifyVerdict(verdict.message.replaceAll(ZWNJ, ''))).toBe(id);
    expect(identifyVerdict(verdict.message.replaceAll(ZWNJ, ' '))).toBe(id);
  });

  it.each(cases)('recognises %s typed with Arabic ي and ك', (id, verdict) => {
    const arabic = toArabicLetters(verdict.message);
    expect(arabic).not.toBe(verdict.message);
    expect(identifyVerdict(arabic)).toBe(id);
  });

  it.each(cases)('recognises %s with every space removed', (id, verdict) => {
    expect(identifyVerdict(verdict.message.replace(/[\s\u200c]/g, ''))).toBe(id);
  });

  it.each(cases)('recognises %s with doubled spaces and line breaks', (id, verdict) => {
    const messy = verdict.message.replace(/ /g, '  ').replace('(', '\n(\n').replace(/،/g, '،\r\n');
    expect(identifyVerdict(messy)).toBe(id);
  });

  it.each(cases)('recognises %s inside an SMS with a header, date and link', (id, verdict) => {
    const sms = `همتا\nپاسخ کارشناس لایه صفر به تیکت ۱۲۳۴۵۶ - ۱۴۰۳/۰۲/۱۵ ساعت ۱۰:۲۲\n${verdict.message}\nhttps://hamta.ntsw.ir/\nلغو۱۱`;
    expect(identifyVerdict(sms)).toBe(id);
  });

  it.each(cases)('recognises %s wrapped in HTML markup', (id, verdict) => {
    expect(identifyVerdict(`<div class="msg"><p>${verdict.message}</p></div>`)).toBe(id);
  });

  it('recognises messages with the help page tooltip pasted after "(IMEI)"', () => {
    for (const id of ['not-owner', 'illegal-imei'] as const) {
      const pasted = getVerdict(id).message.replace('(IMEI)', `(IMEI)${IMEI_TOOLTIP.replaceAll(ZWNJ, '')} `);
      expect(pasted.length).toBeGreaterThan(getVerdict(id).message.length + 100);
      expect(identifyVerdict(pasted)).toBe(id);
      // The tooltip is cut out entirely, so nothing in it can count as a cue.
      expect(compactText(pasted)).toBe(compactText(getVerdict(id).message));
    }
  });

  it('reads spelling variants people type: hamza forms, tanween, Persian digits', () => {
    expect(identifyVerdict('درخواست شما بررسی و تأیید گردید')).toBe('approved');
    expect(identifyVerdict('درخواست شما بررسی و تائید گردید')).toBe('approved');
    expect(identifyVerdict('ابتدا سیمکارت خود را بر روی همه اسلات ها تک به تک قرار داده ... مجدداً')).toBe('sim-not-seen-on-all-slots');
    expect(identifyVerdict('۱۴۰۳/۰۱/۰۱ اصلاح جزئی شناسه ها')).toBe('partial-correction-only');
  });

  it('recognises short paraphrases of each reason', () => {
    const paraphrases: Array<[string, VerdictId]> = [
      ['درخواست شما تایید شد', 'approved'],
      ['این IMEI متعلق به شما نیست', 'not-owner'],
      ['شناسه ناصحیح', 'invalid-imei-observed'],
      ['تحت مالکیت شخص دیگر است', 'owned-by-another'],
      ['دستگاه قبلا برای همین شماره فعال شده', 'already-activated-for-number'],
      ['تأیید شد: IMEIها اصلاح شدند', 'approved'],
      ['اول سیم‌کارت را در همهٔ اسلات‌ها بگذارید', 'sim-not-seen-on-all-slots'],
      ['IMEI مقصد مال شخص دیگری است', 'owned-by-another'],
      ['IMEI نادرست دیده شده است', 'invalid-imei-observed'],
      ['فقط اصلاح بخشی از IMEIها مجاز است', 'partial-correction-only'],
    ];
    for (const [text, id] of paraphrases) expect(identifyVerdict(text)).toBe(id);
  });
});

describe('identifyVerdict on English renderings', () => {
  const english: Array<[string, VerdictId]> = [
    ['approved', 'approved'],
    ['Your request has been reviewed and APPROVED.', 'approved'],
    ['the IMEI does not belong to you', 'not-owner'],
    ["Rejected: the device's IMEI doesn't belong to you", 'not-owner'],
    ['You are not the owner of this device', 'not-owner'],
    ['put your SIM in every slot', 'sim-not-seen-on-all-slots'],
    ['First put your SIM in every slot one at a time, switch the phone on, wait a while, then file again', 'sim-not-seen-on-all-slots'],
    ['Insert your SIM card in each slot', 'sim-not-seen-on-all-slots'],
    ['not legal', 'illegal-imei'],
    ['The IMEI is not legal and will get no service', 'illegal-imei'],
    ['the device is illegal', 'illegal-imei'],
    ['owned by someone else', 'owned-by-another'],
    ['Cannot be fixed: the target IMEI is owned by someone else', 'owned-by-another'],
    ['invalid IMEI was seen', 'invalid-imei-observed'],
    ['Cannot be filed: an invalid IMEI was seen', 'invalid-imei-observed'],
    ['An incorrect IMEI was detected', 'invalid-imei-observed'],
    ['only a partial correction', 'partial-correction-only'],
    [
      'Only a partial correction is allowed; if the phone was repaired and all its IMEIs changed, file in the repair-registration section',
      'partial-correction-only',
    ],
    ['already activated for this phone number', 'already-activated-for-number'],
    ['This device has already been activated for this number', 'already-activated-for-number'],
  ];

  it.each(english)('reads "%s" as %s', (text, id) => {
    expect(identifyVerdict(text)).toBe(id);
  });
});

describe('identifyVerdict on texts that are no verdict', () => {
  const unrelated: Array<[string, string]> = [
    ['empty text', ''],
    ['only spaces', ' \n\t\u200c '],
    ['a greeting', 'hello'],
    ['a Persian greeting', 'سلام وقت بخیر'],
    [
      'a Hamta warning SMS about a cut-off date',
      'همتا\nمشترک گرامی، دستگاه با شناسه ۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹ با سیم‌کارت شما فعال نشده است و از تاریخ ۱۴۰۳/۰۵/۲۰ سرویس‌دهی به آن قطع خواهد شد. hmti.ir/12',
    ],
    ['a bank SMS', 'بانک ملت\nبرداشت: ۱,۵۰۰,۰۰۰\nمانده: ۲,۳۰۰,۰۰۰\n۱۴۰۳/۰۲/۱۱-۱۲:۳۰'],
    ['a verification code SMS', 'کد تایید شما: ۴۵۸۲۱'],
    ['unrelated HTML', '<script>alert(1)</script><div class="x">&nbsp;</div>'],
    ['emoji', '📱🙏😡🔥'],
    ['the page tooltip about slots and SIM cards', IMEI_TOOLTIP],
    ['the ticket subject', 'شناسه دستگاه (imei) من با شناسه دستگاه ثبت شده در همتا تطابق ندارد'],
    ['a bare refusal with no reason', 'درخواست شما بررسی و رد گردیده است'],
    ['a bare English refusal', 'Your request was rejected'],
    ['an English refusal of approval', 'Your request was not approved'],
    ['a Persian refusal of approval', 'درخواست شما تایید نشد'],
  ];

  it.each(unrelated)('returns null for %s', (_name, text) => {
    expect(identifyVerdict(text)).toBeNull();
  });

  it('returns null when two different reasons are pasted together', () => {
    const both = `${getVerdict('not-owner').message}\n${getVerdict('illegal-imei').message}`;
    expect(identifyVerdict(both)).toBeNull();
  });

  it('returns null for the whole guide table pasted at once', () => {
    expect(identifyVerdict(VERDICTS.map((verdict) => verdict.message).join('\n'))).toBeNull();
  });

  it('returns null for values that are not strings instead of throwing', () => {
    expect(identifyVerdict(undefined as unknown as string)).toBeNull();
    expect(identifyVerdict(42 as unknown as string)).toBeNull();
  });

  it('answers a 2 MB paste in milliseconds, reading only its beginning', () => {
    const huge = 'ب'.repeat(2 * 1024 * 1024);
    expect(identifyVerdict(huge)).toBeNull();
    // The fastest of five runs, so a busy machine's pauses do not count.
    expect(fastestRunMs(() => identifyVerdict(huge))).toBeLessThan(50);

    const early = getVerdict('illegal-imei').message + huge;
    expect(identifyVerdict(early)).toBe('illegal-imei');
    const late = 'x'.repeat(MAX_SCANNED_CHARS) + getVerdict('illegal-imei').message;
    expect(identifyVerdict(late)).toBeNull();
  });
});
