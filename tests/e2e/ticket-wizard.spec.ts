// Filing an IMEI correction ticket through the wizard, in English and in Persian, every step accessible.
import { expect, test, type Page } from '@playwright/test';
import { describedError, expectNoAxeViolations, persianDigits } from './support';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';
/** IMEI 2 as an importer mistyped it in Hamta: digits 9 and 11 differ, and it still passes the check digit. */
const HAMTA_2_TYPO = '356938036633817';
const DESCRIPTION_MAX = 2000;
const HTML_TEXT = '<b>bold</b><img src=x onerror="alert(1)">';

type Words = {
  query: string;
  create: string;
  next: string;
  submit: string;
  stepTitles: {
    subject: string;
    guide: string;
    correct: string;
    registered: string;
    checklist: string;
    description: string;
    review: string;
  };
  correct(slot: number): string;
  hamta(slot: number): string;
  phone: string;
  description: string;
  slot(slot: number): string;
  useFix(imei: string): string;
  checkDigitError: string;
  limitReached: string;
  counterFull: string;
  secondImeiCase: string;
  differingDigits: string;
  /** The ticket is on its way: queued, being sent, sent, or already answered by the demo intake. */
  onItsWay: RegExp;
  digits(text: string): string;
};

const EN: Words = {
  query: '?lang=en',
  create: 'Create',
  next: 'Next',
  submit: 'Submit',
  stepTitles: {
    subject: 'Select the problem subject',
    guide: 'Read this first',
    correct: 'The correct IMEIs of the phone',
    registered: 'The IMEIs registered in Hamta',
    checklist: 'SIM in every slot',
    description: 'Description',
    review: 'Review',
  },
  correct: (slot) => `Correct IMEI ${slot}`,
  hamta: (slot) => `Hamta IMEI ${slot}`,
  phone: 'Phone number',
  description: 'Description',
  slot: (slot) => `Slot ${slot}`,
  useFix: (imei) => `Use ${imei}`,
  checkDigitError: 'The last digit should be 9',
  limitReached: 'The description is limited to 2,000 characters',
  counterFull: '2,000 of 2,000 characters',
  secondImeiCase: 'Hamta holds a wrong second IMEI',
  differingDigits: 'digits 9 and 11 differ',
  onItsWay: /^(queued|sending|sent|reviewed)$/,
  digits: (text) => text,
};

const FA: Words = {
  query: '',
  create: 'ایجاد',
  next: 'مرحله بعد',
  submit: 'ثبت درخواست',
  stepTitles: {
    subject: 'موضوع مشکل را انتخاب کنید',
    guide: 'پیش از شروع بخوانید',
    correct: 'IMEIهای درست گوشی',
    registered: 'IMEIهای ثبت‌شده در همتا',
    checklist: 'سیم‌کارت در همهٔ اسلات‌ها',
    description: 'شرح درخواست',
    review: 'بازبینی و ثبت',
  },
  correct: (slot) => `IMEI درست ${persianDigits(String(slot))}`,
  hamta: (slot) => `IMEI همتا ${persianDigits(String(slot))}`,
  phone: 'شماره تلفن',
  description: 'شرح درخواست',
  slot: (slot) => `اسلات ${persianDigits(String(slot))}`,
  useFix: (imei) => `استفاده از ${persianDigits(imei)}`,
  checkDigitError: 'رقم آخر باید ۹ باشد',
  limitReached: 'شرح حداکثر ۲٬۰۰۰ نویسه است',
  counterFull: '۲٬۰۰۰ از ۲٬۰۰۰ نویسه',
  secondImeiCase: 'همتا یک IMEI اشتباه (IMEI دوم) دارد',
  differingDigits: 'رقم‌های ۹ و ۱۱ فرق دارند',
  onItsWay: /^(در صف ارسال|در حال ارسال|ارسال شد|بررسی شد)$/,
  digits: persianDigits,
};

async function atStep(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.locator('ol.steps [aria-current="step"]')).toHaveCount(1);
}

async function fileTicket(page: Page, w: Words): Promise<void> {
  // Any markup that ran as HTML would open a dialog: none may.
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`/problems${w.query}`);
  await page.getByRole('button', { name: w.create, exact: true }).click();
  await expect(page).toHaveURL(/\/problems\/drafts\/[0-9a-f-]{36}/);

  await atStep(page, w.stepTitles.subject);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.next, exact: true }).click();

  await atStep(page, w.stepTitles.guide);
  await expect(page.getByRole('heading', { level: 2, name: w.stepTitles.guide })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.next, exact: true }).click();

  // Correct IMEIs: IMEI 2's box opens only once IMEI 1 has text, as on Hamta.
  await atStep(page, w.stepTitles.correct);
  await expect(page.getByLabel(w.correct(2), { exact: true })).toHaveCount(0);
  const correct1 = page.getByLabel(w.correct(1), { exact: true });
  await correct1.pressSequentially(persianDigits('356938035643808')); // wrong check digit: should be 9
  await expect(correct1).toHaveAttribute('aria-invalid', 'true');
  expect(await describedError(correct1)).toContain(w.checkDigitError);
  await page.getByRole('button', { name: w.useFix(IMEI_1) }).click();
  await expect(correct1).toHaveValue(IMEI_1);
  await expect(correct1).not.toHaveAttribute('aria-invalid', 'true');

  // Moving on with IMEI 2 empty is refused, and the keyboard is taken to it.
  const correct2 = page.getByLabel(w.correct(2), { exact: true });
  await expect(correct2).toBeVisible();
  await page.getByLabel(w.phone, { exact: true }).fill(w.digits('0912 345 6789'));
  await page.getByRole('button', { name: w.next, exact: true }).click();
  await expect(correct2).toBeFocused();
  await expect(correct2).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: w.correct(2) })).toBeVisible();
  await correct2.fill(persianDigits(IMEI_2));
  await expect(correct2).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.next, exact: true }).click();

  // Hamta IMEIs: the second one has a typo in digits 9 and 11.
  await atStep(page, w.stepTitles.registered);
  await expect(page.getByLabel(w.hamta(2), { exact: true })).toHaveCount(0);
  await page.getByLabel(w.hamta(1), { exact: true }).fill(IMEI_1);
  await page.getByLabel(w.hamta(2), { exact: true }).fill(w.digits(HAMTA_2_TYPO));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.next, exact: true }).click();

  // The SIM-in-every-slot checklist: three boxes per slot.
  await atStep(page, w.stepTitles.checklist);
  for (const slot of [1, 2]) {
    const group = page.getByRole('group', { name: w.slot(slot), exact: true });
    const boxes = group.getByRole('checkbox');
    await expect(boxes).toHaveCount(3);
    for (const box of await boxes.all()) await box.check();
  }
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.next, exact: true }).click();

  // The description: HTML stays text, the counter shows the limit, more is refused.
  await atStep(page, w.stepTitles.description);
  const description = page.getByLabel(w.description, { exact: true });
  const text = `${HTML_TEXT} ${'x'.repeat(DESCRIPTION_MAX)}`;
  await description.fill(text);
  await expect(description).toHaveValue(text.slice(0, DESCRIPTION_MAX));
  await expect(page.getByText(w.counterFull)).toBeVisible();
  await description.press('End');
  await description.press('y');
  await expect(description).toHaveValue(text.slice(0, DESCRIPTION_MAX));
  await expect(page.getByRole('status').filter({ hasText: w.limitReached })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.next, exact: true }).click();

  // Review: the case, the differing digits marked, and the description as typed.
  await atStep(page, w.stepTitles.review);
  await expect(page.getByText(w.secondImeiCase)).toBeVisible();
  await expect(page.getByText(w.differingDigits)).toBeVisible();
  await expect(page.locator('mark.diff').first()).toBeVisible();
  await expect(page.getByText(HTML_TEXT, { exact: false })).toBeVisible();
  await expect(page.locator('main b, main img')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.submit, exact: true }).click();

  // The ticket page, then the list: the ticket left the wizard and is on its way to the intake.
  await expect(page).toHaveURL(/\/problems\/tickets\/[0-9a-f-]{36}/);
  await expect(page.locator('main .badge').first()).toHaveText(w.onItsWay);
  await expect(
    page
      .locator('.imei')
      .filter({ hasText: w.digits(IMEI_2) })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/problems${w.query}`);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(w.digits(IMEI_1)) }) });
  await expect(item.locator('.badge')).toHaveText(w.onItsWay);
  await expectNoAxeViolations(page);
}

// Seven steps with an accessibility scan on each: longer than one default test timeout on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('files a ticket in English: wrong check digit fixed, Hamta typo found, sent on its way', async ({ page }) => {
  await fileTicket(page, EN);
});

test('files a ticket in Persian with Persian digits', async ({ page }) => {
  await fileTicket(page, FA);
});

test('a box tapped the moment its step shows keeps the keyboard', async ({ page }) => {
  await page.goto('/problems?lang=en');
  await page.getByRole('button', { name: EN.create, exact: true }).click();
  await atStep(page, EN.stepTitles.subject);
  await page.getByRole('button', { name: EN.next, exact: true }).click();
  await atStep(page, EN.stepTitles.guide);
  // Next, then a tap on the first box as soon as it exists, before the browser has drawn a frame. The step moves focus
  // to its title before it is drawn; where that move came after the frame, it took the keyboard from the box.
  const focused = await page.evaluate(async () => {
    const tapped = new Promise<HTMLElement>((resolve) => {
      const observer = new MutationObserver(() => {
        const box = document.getElementById('correct-imei-1');
        if (!box) return;
        observer.disconnect();
        box.focus();
        resolve(box);
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const next = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Next');
    if (!next) throw new Error('no Next button');
    next.click();
    const box = await tapped;
    // Two frames and a pause: every effect of the new step has run.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))));
    return document.activeElement === box;
  });
  expect(focused).toBe(true);
  await page.keyboard.type('35693803564380');
  await expect(page.getByLabel(EN.correct(1), { exact: true })).toHaveValue('35693803564380');
});
