// The verdict guide, offline: paste Hamta's answer (in any of the forms people paste it) and see what to do; fake messages are flagged first.
import { expect, test, type Page } from '@playwright/test';
import { goOffline, expectNoAxeViolations, putTickets } from './support';

const ZWNJ = '\u200c';
const REJECTED = 'درخواست شما بررسی و رد گردیده است';

/** The eight answers as Hamta sends them (Hamta's guide, with the ZWNJs of Persian spelling). */
const HAMTA_ANSWERS = [
  {
    row: 1,
    reason: null,
    message: 'درخواست شما بررسی و تایید گردید',
    en: 'Approved: the IMEIs were corrected',
    fa: 'تأیید شد: IMEIها اصلاح شدند',
  },
  {
    row: 2,
    reason: `شناسه دستگاه (IMEI) متعلق به شما نمی${ZWNJ}باشد`,
    en: 'Rejected: the IMEI does not belong to you',
    fa: 'رد شد: IMEI متعلق به شما نیست',
  },
  {
    row: 3,
    reason: `ابتدا سیم کارت خود را بر روی همه اسلات${ZWNJ}ها تک به تک قرار داده و دستگاه را روشن نموده و مدتی تامل نمایید، سپس مجددا نسبت به ثبت درخواست اقدام نمایید`,
    en: 'Rejected: put your SIM in every slot first',
    fa: 'رد شد: اول سیم‌کارت را در همهٔ اسلات‌ها بگذارید',
  },
  {
    row: 4,
    reason: 'شناسه دستگاه (IMEI) قانونی نیست و در شبکه تلفن همراه سرویس نخواهد گرفت',
    en: 'Rejected: the IMEI is not legal',
    fa: 'رد شد: IMEI قانونی نیست',
  },
  {
    row: 5,
    reason: `امکان رفع مشکل وجود ندارد، شناسه مقصد تحت مالکیت شخصی دیگر می${ZWNJ}باشد`,
    en: 'Rejected: the target IMEI belongs to someone else',
    fa: 'رد شد: IMEI مقصد مال شخص دیگری است',
  },
  {
    row: 6,
    reason: 'امکان ثبت درخواست به دلیل رویت شدن شناسه ناصحیح وجود ندارد',
    en: 'Rejected: an incorrect IMEI was seen',
    fa: 'رد شد: IMEI نادرست دیده شده است',
  },
  {
    row: 7,
    reason: `تنها اجازه اصلاح جزئی شناسه${ZWNJ}ها موجود است، در صورتی دستگاه تعمیر گردیده و کلیه شناسه${ZWNJ}های آن به صورت کامل تغییر نموده است در بخش ثبت تعمیری سایت همتا درخواست خود را جهت بررسی کارشناس مربوطه ثبت نمایید`,
    en: 'Rejected: only a partial correction is allowed',
    fa: 'رد شد: فقط اصلاح بخشی از IMEIها مجاز است',
  },
  {
    row: 8,
    reason: 'این دستگاه پیش ازاین برای همین شماره تلفن فعال شده است',
    en: 'Rejected: already activated for this number',
    fa: 'رد شد: پیش‌تر برای همین شماره فعال شده',
  },
].map((entry) => ({ ...entry, message: entry.message ?? `${REJECTED} (${entry.reason})` }));

/** The forms people paste a message in: whole, only the bracketed reason, without ZWNJs, with Arabic ي/ك. */
function pastedForms(entry: (typeof HAMTA_ANSWERS)[number]): { form: string; text: string }[] {
  const forms = [{ form: 'whole', text: entry.message }];
  if (entry.reason) forms.push({ form: 'bracketed part only', text: entry.reason });
  forms.push({ form: 'without ZWNJ', text: entry.message.split(ZWNJ).join('') });
  forms.push({ form: 'with Arabic ي and ك', text: entry.message.replace(/ی/g, 'ي').replace(/ک/g, 'ك') });
  return forms;
}

test.describe('the verdict guide offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await page.goto('/verdicts');
    await goOffline(page, context);
  });

  test('each of the eight answers, pasted in English mode in any form, opens its guide', async ({ page }) => {
    await page.goto('/verdicts?lang=en');
    const box = page.getByLabel('Paste the message you got');
    for (const entry of HAMTA_ANSWERS) {
      for (const { form, text } of pastedForms(entry)) {
        await box.fill(text);
        await expect(
          page
            .getByRole('main')
            .getByRole('status')
            .filter({ hasText: `This is answer ${entry.row} of Hamta’s eight` }),
          `${entry.en} (${form})`,
        ).toBeVisible();
        await expect(page.getByRole('heading', { level: 2, name: entry.en }), form).toBeVisible();
      }
      // The guide shows Hamta's exact Persian words, marked as Persian, and the steps to take.
      const quote = page.locator('.paste-box blockquote');
      await expect(quote).toHaveText(entry.message);
      await expect(quote).toHaveAttribute('lang', 'fa');
      await expect(quote).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 3, name: 'What to do' })).toBeVisible();
    }
  });

  test('each of the eight answers, pasted in Persian mode in any form, opens its guide', async ({ page }) => {
    await page.goto('/verdicts?lang=fa');
    const box = page.getByLabel('پیامی را که گرفته‌اید بچسبانید');
    for (const entry of HAMTA_ANSWERS) {
      for (const { form, text } of pastedForms(entry)) {
        await box.fill(text);
        await expect(page.getByRole('heading', { level: 2, name: entry.fa }), `${entry.fa} (${form})`).toBeVisible();
      }
    }
    await expect(page.getByRole('heading', { level: 3, name: 'چه باید کرد؟' })).toBeVisible();
  });

  test('a text that is none of the answers says so plainly and shows the list of eight', async ({ page }) => {
    await page.goto('/verdicts?lang=en');
    await page.getByLabel('Paste the message you got').fill('Your parcel is waiting at the post office.');
    await expect(page.getByRole('main').getByRole('status')).toContainText('not one of the eight');
    const list = page.getByRole('list', { name: 'Hamta’s eight answers' });
    await expect(list.getByRole('link')).toHaveCount(8);
    for (const entry of HAMTA_ANSWERS) await expect(list.getByRole('link', { name: `Answer ${entry.row}: ${entry.en}` })).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('');
  });

  test('a fake "Hamta" SMS with a look-alike link and a payment gets the warning before anything else', async ({ page }) => {
    await page.goto('/verdicts?lang=en');
    const scam =
      'همتا: گوشی شما رجیستر نشده و تا ۲۴ ساعت دیگر قطع می‌شود. برای ثبت IMEI مبلغ ۱۰۰۰۰ تومان پرداخت کنید: https://hamta.digital/pay';
    await page.getByLabel('Paste the message you got').fill(scam);
    const warning = page.getByRole('main').getByRole('alert');
    await expect(warning).toContainText('Warning: this message is not from Hamta');
    await expect(warning).toContainText('It links to a site that is not Hamta’s.');
    await expect(warning).toContainText('It asks for money. Every Hamta service is free.');
    await expect(warning).toContainText('https://hamta.digital/pay');
    // Shown as text, not as a link one tap away.
    await expect(warning.getByRole('link')).toHaveCount(0);
    const warningBox = await warning.boundingBox();
    const statusBox = await page.getByRole('main').getByRole('status').boundingBox();
    expect(warningBox && statusBox && warningBox.y < statusBox.y).toBe(true);
  });

  test('a real Hamta answer with its own hmti.ir link gets no warning', async ({ page }) => {
    await page.goto('/verdicts?lang=en');
    await page
      .getByLabel('Paste the message you got')
      .fill(`HAMTA\n${HAMTA_ANSWERS[0]?.message ?? ''}. راهنما: http://hmti.ir/07 و https://hamta.ntsw.ir`);
    await expect(page.getByRole('heading', { level: 2, name: 'Approved: the IMEIs were corrected' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('');
  });

  test('the deep link to "not the owner" opens offline, in Persian and in English', async ({ page }) => {
    await page.goto('/verdicts/not-owner?lang=fa');
    await expect(page.getByRole('heading', { level: 1, name: 'رد شد: IMEI متعلق به شما نیست' })).toBeVisible();
    await expect(page.locator('blockquote').first()).toHaveText(HAMTA_ANSWERS[1]?.message ?? '');
    await expect(page.getByRole('heading', { level: 2, name: 'با این راهنمایی مشکلم حل نشد' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'گارانتی' })).toBeVisible();

    await page.goto('/verdicts/not-owner?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Rejected: the IMEI does not belong to you' })).toBeVisible();
    const quote = page.locator('blockquote').first();
    await expect(quote).toHaveText(HAMTA_ANSWERS[1]?.message ?? '');
    await expect(quote).toHaveAttribute('lang', 'fa');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText('(the device’s IMEI does not belong to you)')).toBeVisible();
    const steps = page.getByRole('heading', { level: 2, name: 'What to do' }).locator('xpath=following-sibling::ol[1]');
    await expect(steps.getByRole('listitem')).toHaveCount(2);
    await expect(steps).toContainText('owner');
    await expect(page.getByRole('heading', { level: 2, name: 'My problem was not solved' })).toBeVisible();
    await expect(page.getByText('Contact the phone’s importer or its warranty company.')).toBeVisible();
  });

  test('an unknown answer address says Hamta has no such answer and lists the eight', async ({ page }) => {
    await page.goto('/verdicts/<b>rejected<b>?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Hamta has no such answer among its eight' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Hamta’s eight answers' }).getByRole('link')).toHaveCount(8);
  });

  test('the verdict guide and an answer page pass axe in Persian and in English', async ({ page }) => {
    for (const suffix of ['?lang=fa', '?lang=en']) {
      await page.goto(`/verdicts${suffix}`);
      await page
        .getByRole('textbox')
        .first()
        .fill(`${HAMTA_ANSWERS[2]?.message ?? ''} https://hamta.digital/pay`);
      await expect(page.getByRole('main').getByRole('alert')).not.toHaveText('');
      await expectNoAxeViolations(page);

      await page.getByRole('textbox').first().fill('something else');
      await expect(page.locator('.notice-warning')).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/verdicts/partial-correction-only${suffix}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});

/** A ticket Hamta has answered, as the app keeps it, written straight into the app's database. */
async function seedAnsweredTicket(page: Page, verdict: string): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const ticket = {
    id,
    subject: 'imei-mismatch',
    requester: { phone: '09123456789' },
    correctImeis: ['356938035643809', '356938035643817'],
    registeredImeis: ['356938035643809', '356938035643825'],
    description: 'SIM 2 says no service',
    slotChecks: [true, true],
    createdAt: now,
    status: 'reviewed',
    history: [{ at: now, status: 'reviewed' }],
    receivedAt: now,
    reviewedAt: now,
    verdict,
  };
  await putTickets(page, [ticket]);
  return id;
}

async function storedDraft(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async (draftId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('imei-assistant');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').get(draftId);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return row as Record<string, unknown> | undefined;
  }, id);
}

test.describe('from a verdict to the next step on my own ticket, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await page.goto('/problems?lang=en');
    await goOffline(page, context);
  });

  test('"SIM not seen in every slot" resubmits the same ticket, prefilled, at the slot checklist', async ({ page }) => {
    const id = await seedAnsweredTicket(page, 'sim-not-seen-on-all-slots');
    await page.goto(`/problems/tickets/${id}?lang=en`);
    const next = page.getByRole('region', { name: 'Your next step' });
    await expect(next).toContainText('Rejected: put your SIM in every slot first');
    await expect(next.getByRole('listitem')).toHaveCount(3);
    await next.getByRole('button', { name: 'Go through the slot checklist and resubmit' }).click();
    await expect(page).toHaveURL(/\/problems\/drafts\/[0-9a-f-]{36}/);
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    const draftId = /drafts\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    const draft = await storedDraft(page, draftId);
    expect(draft?.resubmissionOf).toBe(id);
    expect(draft?.correctImeis).toEqual(['356938035643809', '356938035643817']);
    expect(draft?.registeredImeis).toEqual(['356938035643809', '356938035643825']);
    // The checklist is to be done again, for real, before sending.
    expect(JSON.stringify(draft?.slotChecklist)).not.toContain('true');
  });

  test('"already activated for this number" opens the same ticket, prefilled, to edit the IMEIs', async ({ page }) => {
    const id = await seedAnsweredTicket(page, 'already-activated-for-number');
    await page.goto(`/problems/tickets/${id}?lang=en`);
    await page.getByRole('button', { name: 'Edit and resubmit' }).click();
    await expect(page.getByLabel('Correct IMEI 1')).toHaveValue('356938035643809');
    const draftId = /drafts\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect((await storedDraft(page, draftId))?.resubmissionOf).toBe(id);
  });

  test('"not the owner" gives a summary for the owner to copy or share', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Record what the page hands to the system share sheet.
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { sharedForTest: shared });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: unknown) => {
          shared.push(data);
        },
      });
    });
    const id = await seedAnsweredTicket(page, 'not-owner');
    await page.goto(`/problems/tickets/${id}?lang=en`);
    const summary = page.getByLabel('Summary for the phone’s owner');
    await expect(summary).toHaveValue(/356938035643809, 356938035643817/);
    await expect(summary).toHaveValue(/Only the owner’s kartabl can file this request/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('356938035643825');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect
      .poll(() => page.evaluate(() => JSON.stringify((window as unknown as { sharedForTest: unknown[] }).sharedForTest)))
      .toContain('356938035643817');
  });

  test('"partial correction only" explains repair registration, and "approved" is done', async ({ page }) => {
    const partial = await seedAnsweredTicket(page, 'partial-correction-only');
    await page.goto(`/problems/tickets/${partial}?lang=en`);
    const next = page.getByRole('region', { name: 'Your next step' });
    await expect(next).toContainText('it cannot help a phone whose IMEIs all changed');
    await expect(next).toContainText('repair registration');
    await expect(next.getByRole('button')).toHaveCount(0);

    const approved = await seedAnsweredTicket(page, 'approved');
    await page.goto(`/problems/tickets/${approved}?lang=en`);
    await expect(page.getByRole('region', { name: 'Your next step' })).toContainText('Done: Hamta corrected the IMEIs');
  });

  test('"owned by someone else" gives the contact steps, in Persian too, and the ticket page passes axe', async ({ page }) => {
    const id = await seedAnsweredTicket(page, 'owned-by-another');
    await page.goto(`/problems/tickets/${id}?lang=en`);
    const next = page.getByRole('region', { name: 'Your next step' });
    await expect(next).toContainText('Contact the company that imported the phone.');
    await expect(next).toContainText('send the 15-digit IMEI by SMS to 7777');
    await expectNoAxeViolations(page);

    await page.goto(`/problems/tickets/${id}?lang=fa`);
    const nextFa = page.getByRole('region', { name: 'قدم بعدی' });
    await expect(nextFa).toContainText('با شرکت واردکنندهٔ گوشی تماس بگیرید.');
    await expectNoAxeViolations(page);
  });
});
