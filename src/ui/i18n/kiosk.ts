// Words of kiosk mode: the staff set-up, the customer bar with its countdown, the reset.
import { defineMessages } from './core';

export const kioskMessages = defineMessages({
  fa: {
    setupTitle: 'راه‌اندازی حالت کیوسک',
    setupIntro:
      'در حالت کیوسک این دستگاه بین مشتری‌ها مشترک است: با «مشتری جدید» یا پس از مدتی بی‌کاری، همهٔ اطلاعات شخصی مشتری پاک می‌شود. درخواست‌هایی که هنوز ارسال نشده‌اند تا زمان ارسال می‌مانند و بعد اطلاعات شخصی‌شان پاک می‌شود.',
    pin: 'PIN',
    pinHint: 'رمز کارکنان، ۴ تا ۸ رقم. برای خروج از حالت کیوسک لازم است.',
    pinInvalid: 'رمز باید ۴ تا ۸ رقم باشد.',
    idleMinutes: 'پاک شدن خودکار پس از چند دقیقه بی‌کاری',
    startKiosk: 'شروع کیوسک',
    kioskOn: 'حالت کیوسک',
    newCustomer: 'مشتری جدید',
    resetIn: (time: string) => `پاک شدن خودکار تا ${time}`,
    stillThere: 'هنوز اینجا هستید؟ برای ادامه هر جای صفحه را لمس کنید.',
    exitTitle: 'خروج از حالت کیوسک',
    exitConfirm: 'خروج',
    cancel: 'انصراف',
    wiping: 'در حال پاک کردن اطلاعات…',
    wipeFailed: 'پاک کردن اطلاعات کامل نشد. دوباره «مشتری جدید» را بزنید.',
  },
  en: {
    setupTitle: 'Set up kiosk mode',
    setupIntro:
      'In kiosk mode this device is shared by customers: "New customer", or a while without use, wipes every personal detail of the customer. Tickets not yet sent stay until they are delivered, then their personal details are wiped too.',
    pin: 'PIN',
    pinHint: 'Staff PIN, 4 to 8 digits. Needed to leave kiosk mode.',
    pinInvalid: 'The PIN must be 4 to 8 digits.',
    idleMinutes: 'Wipe automatically after this many idle minutes',
    startKiosk: 'Start kiosk',
    kioskOn: 'Kiosk mode',
    newCustomer: 'New customer',
    resetIn: (time: string) => `Wipes in ${time}`,
    stillThere: 'Still there? Touch anywhere to continue.',
    exitTitle: 'Leave kiosk mode',
    exitConfirm: 'Leave',
    cancel: 'Cancel',
    wiping: 'Wiping…',
    wipeFailed: 'The wipe did not complete. Press "New customer" again.',
  },
});
