// Shares Hamta's SMS into the installed app (its share target), offline: scam check first, the verdict's guide, warnings, recording on a ticket.
import { expect, test, type Page } from '@playwright/test';
import { seedTicket } from './hamta-journey';
import { expectNoAxeViolations, goOffline } from './support';

const ZWNJ = '\u200c';
const REJECTED = 'درخواست شما بررسی و رد گردیده است';
const SIM_NOT_SEEN = `${REJECTED} (ابتدا سیم کارت خود را بر روی همه اسلات${ZWNJ}ها تک به تک قرار داده و دستگاه را روشن نموده و مدتی تامل نمایید، سپس مجددا نسبت به ثبت درخواست اقدام نمایید)`;
const NOT_OWNER = `${REJECTED} (شناسه دستگاه (IMEI) متعلق به شما نمی${ZWNJ}باشد)`;
const SCAM_SMS =
  '09351234567\nهمتا: گوشی شما در سامانه ثبت نشده و فردا قطع می‌شود. برای ثبت IMEI مبلغ ۴۹ هزار تومان را در https://hamta-sabt.online پرداخت کنید.';
const TRANSFER_SMS = `همتا: کاربر گرامی، سیم${ZWNJ}کارت شما روی دستگاهی فعال است که مالک آن شخص دیگری است. تا تاریخ ۱۴۰۴/۰۹/۲۰ نسبت به انتقال مالکیت دستگاه در hamta.ntsw.ir اقدام نمایید.`;

/** Opens the share target's action URL as Android does: the SMS in `text` (its link inside it). */
async function share(page: Page, text: string, title = 'HAMTA', lang = 'en'): Promise<void> {
  const params = new URLSearchParams({ title, text });
  if (lang) params.set('lang', lang);
  await page.goto(`/share?${params.toString()}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the manifest makes the installed app a GET share target for title and text', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { share_target?: unknown };
  expect(manifest.share_target).toEqual({ action: '/share', method: 'GET', params: { title: 'title', text: 'text' } });
});

test.describe('a shared SMS, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    // Two accessibility scans and several navigations: slow on a busy machine.
    test.setTimeout(240_000);
    await page.goto('/problems?lang=en');
    await goOffline(page, context);
  });

  test('a layer-zero verdict opens its guide, and the shared text leaves the address bar', async ({ page }) => {
    await share(page, SIM_NOT_SEEN.split(ZWNJ).join(''));
    await expect(page.getByRole('heading', { level: 1, name: 'Shared message' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Rejected: put your SIM in every slot first' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('');
    expect(new URL(page.url()).searchParams.has('text')).toBe(false);
    await expectNoAxeViolations(page);

    // In Persian, with Arabic letter forms.
    await share(page, NOT_OWNER.replace(/ی/g, 'ي').replace(/ک/g, 'ك'), '', 'fa');
    await expect(page.getByRole('heading', { level: 1, name: 'پیام هم‌رسانی‌شده' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'رد شد: IMEI متعلق به شما نیست' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a scam SMS is flagged before anything else', async ({ page }) => {
    await share(page, SCAM_SMS, '');
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText('Warning: this message is not from Hamta');
    await expect(alert).toContainText('hamta-sabt.online');
    await expect(page.getByRole('link', { name: /hamta-sabt/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a warning SMS opens the matching answer of "What is happening to your phone?"', async ({ page }) => {
    await share(page, TRANSFER_SMS);
    await expect(page.getByText('This is a warning SMS from Hamta:')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Another person’s SIM: transfer the ownership' })).toBeVisible();
  });

  test('anything else says so, with the box to try again', async ({ page }) => {
    await share(page, 'See you at 6 tonight!');
    await expect(page.getByText('This is none of Hamta’s eight answers and none of its warning SMS.', { exact: false })).toBeVisible();
    const box = page.getByLabel('Message text', { exact: true });
    await expect(box).toHaveValue('HAMTA\nSee you at 6 tonight!');
    await box.fill(SIM_NOT_SEEN);
    await expect(page.getByRole('heading', { level: 2, name: 'Rejected: put your SIM in every slot first' })).toBeVisible();
  });

  test('no text, HTML and a 1 MB text each get a clear message, and nothing breaks', async ({ page }) => {
    await page.goto('/share?title=&text=&lang=en');
    await expect(page.getByText('Nothing was shared: the message had no text.', { exact: false })).toBeVisible();

    await share(page, `<div onclick="alert(1)"><img src=x onerror="alert(2)">${NOT_OWNER}</div>`);
    await expect(page.getByText('The shared text contains web page code (HTML).', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Rejected: the IMEI does not belong to you' })).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);

    // 20 KB through the address (servers and browsers cap an address long before 1 MB) …
    await share(page, `${NOT_OWNER} ${'x'.repeat(20_000)}`);
    await expect(page.getByText('The shared text is far too long for a Hamta SMS', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Rejected: the IMEI does not belong to you' })).toBeVisible();
    // … and 1 MB pasted into the box: only its start is read, and the page stays responsive.
    const box = page.getByLabel('Message text', { exact: true });
    await box.fill(`${SIM_NOT_SEEN} ${'x'.repeat(1024 * 1024)}`);
    await expect(page.getByText('The shared text is far too long for a Hamta SMS', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Rejected: put your SIM in every slot first' })).toBeVisible();
  });

  test('recording a shared verdict on my only open ticket makes it reviewed with that verdict', async ({ page }) => {
    const id = await seedTicket(page, { status: 'ready-to-file' });
    await seedTicket(page, { status: 'reviewed', verdict: 'approved' });
    await share(page, NOT_OWNER);
    await expect(page.getByText('It goes on your only open ticket', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Record on a ticket', exact: true }).click();
    await page.waitForURL(new RegExp(`/problems/tickets/${id}`));
    await expect(page.getByText(/^Status: /)).toHaveText('Status: reviewed');
    await expect(page.getByRole('link', { name: 'What this answer means and what to do now' })).toHaveAttribute(
      'href',
      /\/verdicts\/not-owner/,
    );
    await expect(page.getByRole('region', { name: 'History' })).toContainText('answer from Hamta, recorded by you');
  });

  test('with several open tickets, I choose the ticket', async ({ page }) => {
    await seedTicket(page, { status: 'sent' });
    const chosen = await seedTicket(page, { status: 'ready-to-file', correctImeis: ['350012625029179', '350012625029252'] });
    await share(page, SIM_NOT_SEEN);
    await page.getByRole('button', { name: 'Record on a ticket', exact: true }).click();
    const choice = page.getByRole('group', { name: 'Which ticket is this answer for?' });
    await choice.getByRole('radio', { name: /350012625029179/ }).check();
    await page.getByRole('button', { name: 'Record on the chosen ticket', exact: true }).click();
    await page.waitForURL(new RegExp(`/problems/tickets/${chosen}`));
    await expect(page.getByText(/^Status: /)).toHaveText('Status: reviewed');
    await expect(page.getByRole('region', { name: 'Your next step' })).toContainText('Rejected: put your SIM in every slot first');
  });

  test('where sharing does not exist, the verdict guide leads to the same screen by pasting', async ({ page }) => {
    await page.goto('/verdicts?lang=en');
    await page.getByRole('link', { name: 'Got an SMS from Hamta? Check it and record it on your ticket' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Shared message' })).toBeVisible();
    await page.getByLabel('Message text', { exact: true }).fill(TRANSFER_SMS);
    await expect(page.getByRole('heading', { level: 2, name: 'Another person’s SIM: transfer the ownership' })).toBeVisible();
  });
});
