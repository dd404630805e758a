// Words of backing up and restoring: Settings → Export data / Import data, and the one-time reminder.
import type { ImportCounts } from '../../data/backup';
import { defineMessages, localDigits } from './core';

const fa = (text: string | number): string => localDigits(text, 'fa');
const total = (counts: ImportCounts): number => counts.devices + counts.drafts + counts.tickets;

export const backupMessages = defineMessages({
  fa: {
    title: 'پشتیبان‌گیری و بازگردانی',
    intro:
      'همهٔ دستگاه‌ها، پیش‌نویس‌ها، درخواست‌ها و تاریخچهٔ آن‌ها را در یک فایل بگیرید؛ با آن، اطلاعات را به مرورگر یا گوشی دیگری ببرید یا پس از پاک شدن برگردانید.',
    export: 'خروجی گرفتن از داده‌ها',
    exported: (fileName: string) => `فایل ${fileName} ساخته شد. آن را جای امنی نگه دارید: شماره تلفن و IMEIهای شما در آن است.`,
    exportFailed: 'ساختن فایل پشتیبان ممکن نشد. دوباره تلاش کنید.',
    import: 'وارد کردن داده‌ها',
    importHint: 'فایل پشتیبانی که این برنامه ساخته است. چیزی از این دستگاه پاک نمی‌شود و چیزی دو بار اضافه نمی‌شود.',
    importing: 'در حال خواندن فایل…',
    imported: (added: ImportCounts, updated: ImportCounts, unchanged: number) =>
      `وارد شد: ${fa(added.devices)} دستگاه، ${fa(added.drafts)} پیش‌نویس و ${fa(added.tickets)} درخواست تازه؛ ${fa(total(updated))} مورد به‌روز شد؛ ${fa(unchanged)} مورد از قبل روی این دستگاه بود.`,
    notBackup: 'این فایل، فایل پشتیبان این برنامه نیست. چیزی وارد نشد.',
    damaged: 'این فایل پشتیبان آسیب دیده است (تغییر کرده یا ناقص است). چیزی وارد نشد.',
    newerVersion: 'این فایل را نسخهٔ تازه‌تری از برنامه ساخته است. برنامه را به‌روز کنید و دوباره وارد کنید. چیزی وارد نشد.',
    storage: 'ذخیره روی این دستگاه ممکن نشد. چیزی وارد نشد.',
    kioskOff: 'در حالت کیوسک، خروجی گرفتن و وارد کردن خاموش است: اطلاعات مشتری نباید در یک فایل از دستگاه بیرون برود.',
    reminder: 'درخواست‌های شما فقط در همین مرورگر نگه داشته می‌شوند و مرورگر ممکن است آن‌ها را پاک کند. یک فایل پشتیبان بگیرید.',
    reminderLink: 'رفتن به پشتیبان‌گیری',
    reminderHide: 'پنهان کردن این یادآوری',
  },
  en: {
    title: 'Back up and restore',
    intro:
      'Keep every device, draft, ticket and its history in one file: take it to another browser or phone, or bring your data back after it was cleared.',
    export: 'Export data',
    exported: (fileName: string) => `Saved ${fileName}. Keep it somewhere safe: it holds your phone number and IMEIs.`,
    exportFailed: 'Could not make the backup file. Try again.',
    import: 'Import data',
    importHint: 'A backup file made by this app. Nothing on this device is deleted, and nothing is added twice.',
    importing: 'Reading the file…',
    imported: (added: ImportCounts, updated: ImportCounts, unchanged: number) =>
      `Imported: ${added.devices} new devices, ${added.drafts} new drafts and ${added.tickets} new tickets; ${total(updated)} updated; ${unchanged} already on this device.`,
    notBackup: 'This file is not a backup of this app. Nothing was imported.',
    damaged: 'This backup file is damaged (changed or cut short). Nothing was imported.',
    newerVersion: 'This backup was made by a newer version of the app. Update the app, then import it again. Nothing was imported.',
    storage: 'Could not save on this device. Nothing was imported.',
    kioskOff: 'Export and import are off in kiosk mode: a customer’s data must not leave on a file.',
    reminder: 'Your tickets are kept only in this browser, and the browser may clear them. Export a backup file.',
    reminderLink: 'Go to backup',
    reminderHide: 'Hide this reminder',
  },
});
