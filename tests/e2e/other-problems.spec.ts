// "What is happening to your phone?", offline: a few plain answers lead to what to do and the Hamta channel to use.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goOffline } from './support';

async function answer(page: Page, option: string): Promise<void> {
  await page.getByRole('button', { name: option, exact: true }).click();
}

const NO_SERVICE = 'A SIM has signal but says “no service”, or the phone was cut off';
const OWNERS_SIM = 'The phone owner’s own SIM, in the slot it has always been in';

test.describe('the other-problems guide offline', () => {
  test.beforeEach(async ({ page, context }) => {
    // No ?lang= here: it would be kept as the language from then on.
    await page.goto('/');
    await goOffline(page, context);
  });

  test('SIMs swapped between slots lead to putting them back, with the 7777 inquiry', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: /What is happening to your phone\?/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What is happening to your phone?' })).toBeVisible();
    await answer(page, NO_SERVICE);
    await expect(page.getByRole('heading', { level: 2, name: 'Which SIM is in the phone?' })).toBeFocused();
    await answer(page, 'My own SIMs, but I moved them between slots');
    const result = page.getByRole('region', { name: 'SIMs swapped between slots: put them back' });
    await expect(result).toBeVisible();
    await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(result).toContainText('SMS: send the 15-digit IMEI to 7777 (authenticity inquiry)');
    await expect(page.getByRole('region', { name: 'Your answers' })).toContainText('My own SIMs, but I moved them between slots');
  });

  test('a phone used before the registry leads to "add device" on the site; changing the answer leads to the ticket', async ({ page }) => {
    await page.goto(`/help?lang=en`);
    await answer(page, NO_SERVICE);
    await answer(page, OWNERS_SIM);
    await answer(page, 'Yes');
    const addDevice = page.getByRole('region', { name: 'Used before the registry began: “add device” with your old SIM' });
    await expect(addDevice).toContainText('Hamta’s website: hamta.ntsw.ir (your kartabl)');
    await expect(addDevice).toContainText('previous owner not recognised');

    await page.getByRole('button', { name: 'Change the answer: Was this phone already in use before the registry scheme began?' }).click();
    await answer(page, 'No');
    await expect(page.getByRole('heading', { level: 2, name: /Dial \*#06# on the phone and compare/ })).toBeVisible();
    await answer(page, 'One IMEI is the same, the other differs');
    const ticket = page.getByRole('region', { name: 'A wrong IMEI in Hamta: file the correction ticket' });
    await expect(ticket).toContainText('Hamta’s website: hamta.ntsw.ir');
    await ticket.getByRole('link', { name: 'Prepare the correction ticket: Register & track problems' }).click();
    await expect(page).toHaveURL(/\/problems\?lang=en$/);
  });

  test('another person’s SIM leads to ownership transfer by *7777#, and Back returns to the question', async ({ page }) => {
    await page.goto('/help?lang=en');
    await answer(page, NO_SERVICE);
    await answer(page, 'Another person’s SIM (not the phone’s owner in Hamta)');
    const transfer = page.getByRole('region', { name: 'Another person’s SIM: transfer the ownership' });
    await expect(transfer).toContainText('Dial *7777# (option 3: ownership transfer)');
    await expect(transfer).toContainText('30 days');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'Which SIM is in the phone?' })).toBeVisible();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Which is closest to what is happening?' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  });

  test('in Persian, a traveller, a cut-off SIM and a warning SMS each get their own answer', async ({ page }) => {
    await page.goto('/help?lang=fa');
    await expect(page.getByRole('heading', { level: 1, name: 'گوشی‌ام چه مشکلی دارد؟' })).toBeVisible();
    await answer(page, 'ساکن خارج هستم و با گوشی خودم به ایران آمده‌ام');
    await expect(page.getByRole('region', { name: 'مسافر خارجی: ۳۰ روز' })).toContainText('hamta.ntsw.ir');

    await page.getByRole('button', { name: 'از اول' }).click();
    await answer(page, 'سیم‌کارتم قطع است و کد ورود همتا به دستم نمی‌رسد');
    await expect(page.getByRole('region', { name: 'کد ورود نمی‌رسد چون سیم‌کارت قطع است' })).toContainText('گوشی سالم دیگری');

    await page.getByRole('button', { name: 'از اول' }).click();
    await answer(page, 'پیامکی آمده که سرویس از تاریخی قطع می‌شود');
    await expect(page.getByRole('region', { name: 'پیامک هشدار با تاریخ قطع سرویس' })).toContainText('HAMTA');
  });

  test('an address with answers that make no sense asks the question again', async ({ page }) => {
    await page.goto('/help?lang=en&answers=no-service.%3Cb%3Ebold%3C%2Fb%3E');
    await expect(page.getByRole('heading', { level: 2, name: 'Which SIM is in the phone?' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your answers' }).getByRole('listitem')).toHaveCount(1);
  });

  test('the guide passes axe on a question and on an answer, in Persian and in English', async ({ page }) => {
    for (const address of [
      '/help?lang=fa&answers=no-service.mine-as-before',
      '/help?lang=en&answers=no-service.mine-as-before',
      '/help?lang=fa&answers=second-hand',
      '/help?lang=en&answers=second-hand',
    ]) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 2 }).last()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((violation) => `${violation.id}: ${violation.help}`),
        address,
      ).toEqual([]);
    }
  });
});
