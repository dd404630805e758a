// Words of the Settings screen: language, the owner's phone number, storage health, kiosk mode.
import { defineMessages, localDigits } from './core';

const fa = (text: string | number): string => localDigits(text, 'fa');

export const settingsMessages = defineMessages({
  fa: {
    title: 'تنظیمات',
    languageLegend: 'زبان',
    phoneTitle: 'شمارهٔ تلفن شما',
    phone: 'شمارهٔ تلفن همراه',
    phoneHint: 'شماره‌ای که با آن وارد کارتابل همتا می‌شوید (شمارهٔ مالک گوشی). در هر درخواست تازه از پیش نوشته می‌شود.',
    phoneSave: 'ذخیرهٔ شماره',
    phoneSaved: (phone: string) => `شمارهٔ ${fa(phone)} ذخیره شد.`,
    phoneCleared: 'شماره پاک شد.',
    saveFailed: 'ذخیره روی این دستگاه ممکن نشد. دوباره تلاش کنید.',
    storageTitle: 'فضای ذخیره‌سازی',
    storageMode: 'محل نگهداری اطلاعات',
    modeDisk: 'روی همین دستگاه؛ پس از بستن برنامه هم می‌ماند.',
    modeMemory: 'فقط در حافظهٔ موقت؛ با بستن این صفحه پاک می‌شود.',
    persistence: 'محافظت در برابر پاک‌سازی خودکار',
    persistenceGranted: 'داده شده: مرورگر هنگام کمبود فضا اطلاعات شما را پاک نمی‌کند.',
    persistenceDenied: 'داده نشده: اگر فضای دستگاه کم شود، مرورگر ممکن است پیش‌نویس‌ها و درخواست‌های ارسال‌نشده را پاک کند.',
    persistenceUnknown: 'این مرورگر وضعیت آن را اعلام نمی‌کند.',
    askAgain: 'درخواست دوباره',
    askGranted: 'مرورگر اجازه داد.',
    askDenied: 'مرورگر هنوز اجازه نداده است. بسیاری از مرورگرها این اجازه را پس از نصب برنامه روی صفحهٔ اصلی یا استفادهٔ بیشتر می‌دهند.',
    askUnsupported: 'این مرورگر چنین درخواستی را پشتیبانی نمی‌کند.',
    usage: 'فضای استفاده‌شده',
    // First-strong isolates: the browser may write the unit in Latin letters ("643 kB") or in Persian.
    usageOf: (used: string, quota: string) => `\u2068${used}\u2069 از \u2068${quota}\u2069`,
    usageUnknown: 'نامشخص',
    kioskTitle: 'حالت کیوسک',
    kioskIntro: 'برای فروشگاه‌ها و دفترهای پیشخوان: یک تبلت مشترک، یک مشتری در هر نوبت، و پاک شدن اطلاعات هر مشتری پیش از نفر بعد.',
    kioskLink: 'راه‌اندازی حالت کیوسک',
    kioskOn: 'حالت کیوسک روشن است.',
  },
  en: {
    title: 'Settings',
    languageLegend: 'Language',
    phoneTitle: 'Your phone number',
    phone: 'Phone number',
    phoneHint: 'The mobile number you log in to Hamta with (the phone owner’s). It is filled in on every new ticket.',
    phoneSave: 'Save phone number',
    phoneSaved: (phone: string) => `Saved ${phone}.`,
    phoneCleared: 'Phone number removed.',
    saveFailed: 'Could not save on this device. Try again.',
    storageTitle: 'Storage',
    storageMode: 'Where your data is kept',
    modeDisk: 'On this device; it stays after the app is closed.',
    modeMemory: 'In memory only; it is lost when this page closes.',
    persistence: 'Protection from automatic clean-up',
    persistenceGranted: 'Granted: the browser will not delete your data when space runs low.',
    persistenceDenied: 'Not granted: when space runs low, the browser may delete drafts and unsent tickets.',
    persistenceUnknown: 'This browser does not say.',
    askAgain: 'Ask again',
    askGranted: 'The browser granted it.',
    askDenied:
      'The browser has not granted it yet. Many browsers grant it once the app is installed on the home screen or used more often.',
    askUnsupported: 'This browser does not support asking.',
    usage: 'Space used',
    usageOf: (used: string, quota: string) => `${used} of ${quota}`,
    usageUnknown: 'Unknown',
    kioskTitle: 'Kiosk mode',
    kioskIntro: 'For shops and service counters: one shared tablet, one customer at a time, each customer’s data wiped before the next.',
    kioskLink: 'Set up kiosk mode',
    kioskOn: 'Kiosk mode is on.',
  },
});

/** Each language's name in itself, so a reader of the other language still finds theirs. */
export const LANGUAGE_NAMES = { fa: 'فارسی', en: 'English' } as const;
