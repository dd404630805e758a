// Files a submitted ticket on Hamta by hand: one copy button per box puts exactly Hamta's value on the clipboard, then Hamta's answer is pasted back.
import { expect, test } from '@playwright/test';
import { demoCase, fileTicket, resetIntake, ticketStatus } from './queue-journey';
import { clipboardText, seedTicket } from './hamta-journey';
import { expectNoAxeViolations, persianDigits } from './support';

const ZWNJ = '\u200c';
const SIM_NOT_SEEN =
  `درخواست شما بررسی و رد گردیده است (ابتدا سیم کارت خود را بر روی همه اسلات${ZWNJ}ها تک به تک قرار داده و دستگاه را روشن نموده و مدتی ` +
  'تامل نمایید، سپس مجددا نسبت به ثبت درخواست اقدام نمایید)';

test.describe('File on Hamta', () => {
  test.beforeEach(async ({ context, request, baseURL }) => {
    // The wizard, the copies and two accessibility scans: slow on a busy machine.
    test.setTimeout(240_000);
    // The demo intake must not answer first: here the answer comes from Hamta, through the user.
    await resetIntake(request, 10 * 60_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  test('each box is copied as Hamta expects, progress is kept, and Hamta’s answer makes the ticket reviewed', async ({ page }) => {
    const ticket = demoCase('approved');
    // Typed on a Persian keyboard: Hamta still gets ASCII digits.
    const id = await fileTicket(page, { ...ticket, correctImeis: ticket.correctImeis.map(persianDigits) });
    await page.getByRole('button', { name: 'File on Hamta', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'File on Hamta' })).toBeVisible();

    const link = page.getByRole('link', { name: 'Open hamta.ntsw.ir' });
    await expect(link).toHaveAttribute('href', 'https://hamta.ntsw.ir');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    // Hamta's own names of its boxes, beside ours.
    for (const name of ['IMEI درست دستگاه (شماره گیری #06#*)', 'IMEI ثبت شده در همتا', 'شرح درخواست']) {
      await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
    }

    const expected: [string, string][] = [
      ['Copy Correct IMEI 1', ticket.correctImeis[0] ?? ''],
      ['Copy Correct IMEI 2', ticket.correctImeis[1] ?? ''],
      ['Copy Hamta IMEI 1', ticket.registeredImeis[0] ?? ''],
      ['Copy Hamta IMEI 2', ticket.registeredImeis[1] ?? ''],
    ];
    for (const [name, value] of expected) {
      expect(value).toMatch(/^[0-9]{15}$/);
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByText(`${name.slice('Copy '.length)} copied:`)).toBeVisible();
      expect(await clipboardText(page)).toBe(value);
    }
    await expect(page.getByText('4 of 5 boxes copied.')).toBeVisible();

    // The ready-made description is Persian, from the pre-check; the user edits it before copying.
    const description = page.getByLabel('Description', { exact: true });
    await expect(description).toHaveValue(/رقم‌های ۹ و ۱۰ فرق دارد/);
    await expect(description).toHaveValue(new RegExp(`توضیح من: ${ticket.description}`));
    await description.fill(`${await description.inputValue()}\nگوشی را از فروشگاه خریده‌ام.`);
    await page.getByRole('button', { name: 'Copy Description', exact: true }).click();
    await expect(page.getByText('5 of 5 boxes copied.')).toBeVisible();
    expect(await clipboardText(page)).toBe((await description.inputValue()).trim());
    await expectNoAxeViolations(page);

    // The page remembers progress and the edit for this ticket.
    await page.reload();
    await expect(page.getByText('5 of 5 boxes copied.')).toBeVisible();
    await expect(page.getByLabel('Description', { exact: true })).toHaveValue(/گوشی را از فروشگاه خریده‌ام\.$/);

    // Something that is none of the eight changes nothing.
    const answer = page.getByLabel("Record Hamta's answer", { exact: true });
    await answer.fill('سلام، درخواست شما در حال بررسی است');
    await expect(page.getByText('This is not one of Hamta’s eight answers, so nothing was changed.', { exact: false })).toBeVisible();
    await expect(ticketStatus(page)).not.toHaveText('Status: reviewed');

    // Hamta's answer, pasted without its ZWNJ: reviewed, with the verdict's next step.
    await answer.fill(SIM_NOT_SEEN.split(ZWNJ).join(''));
    await expect(ticketStatus(page)).toHaveText('Status: reviewed');
    const next = page.getByRole('region', { name: 'Your next step' });
    await expect(next).toContainText('Rejected: put your SIM in every slot first');
    await expectNoAxeViolations(page);

    await page.goto(`/problems/tickets/${id}?lang=en`);
    await expect(ticketStatus(page)).toHaveText('Status: reviewed');
    await expect(page.getByRole('region', { name: 'History' })).toContainText('answer from Hamta, recorded by you (not from the intake)');
  });

  test('on a 390 px phone in Persian, the whole hand-off fits without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/problems');
    const id = await seedTicket(page);
    await page.goto(`/problems/tickets/${id}/hamta?lang=fa`);
    await expect(page.getByRole('heading', { level: 1, name: 'ثبت در همتا' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every copy button is a full tap target (WCAG 2.5.8: at least 24 × 24 CSS pixels).
    for (const button of await page.getByRole('button', { name: /^کپی / }).all()) {
      const box = await button.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
  });

  test('in Persian: Hamta’s steps and one copy button per box, accessible', async ({ page }) => {
    await page.goto('/problems');
    const id = await seedTicket(page);
    await page.goto(`/problems/tickets/${id}/hamta?lang=fa`);
    await expect(page.getByRole('heading', { level: 1, name: 'ثبت در همتا' })).toBeVisible();
    for (const name of ['کپی IMEI درست ۱', 'کپی IMEI درست ۲', 'کپی IMEI همتا ۱', 'کپی IMEI همتا ۲', 'کپی شرح درخواست']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'کپی IMEI همتا ۲', exact: true }).click();
    expect(await clipboardText(page)).toBe('350281375582717');
    await expect(page.getByText('کپی شد', { exact: false }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('ثبت پاسخ همتا', { exact: true }).fill('درخواست شما بررسی و تایید گردید');
    await expect(page.getByText('وضعیت: بررسی شد')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('when the browser refuses the clipboard, the value is left selected with a message', async ({ page }) => {
    await page.goto('/problems');
    const id = await seedTicket(page);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
    });
    await page.goto(`/problems/tickets/${id}/hamta?lang=en`);
    await page.getByRole('button', { name: 'Copy Hamta IMEI 2', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be copied automatically' })).toBeVisible();
    const selected = await page.evaluate(() => {
      const box = document.activeElement as HTMLInputElement | null;
      return box ? box.value.slice(box.selectionStart ?? 0, box.selectionEnd ?? 0) : '';
    });
    expect(selected).toBe('350281375582717');
    await expect(page.getByText('0 of 5 boxes copied.')).toBeVisible();
  });
});
