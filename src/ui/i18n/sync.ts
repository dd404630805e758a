// Words of the submission queue: the waiting badge, the demo intake notice, and send-again actions.
import { defineMessages, localDigits } from './core';

export const syncMessages = defineMessages({
  fa: {
    waiting: (count: number) => `${localDigits(count, 'fa')} درخواست در صف ارسال`,
    demoIntake: 'سامانهٔ نمایشی',
    demoIntakeHint: 'درخواست‌ها به سامانهٔ نمایشیِ همراه این برنامه فرستاده می‌شوند، نه به همتا.',
    send: 'ارسال',
    sendAgain: 'ارسال دوباره',
    sendUnchanged: 'ارسال دوباره بدون تغییر',
    correctAndSend: 'اصلاح و ارسال دوباره',
    notSentHint: 'این درخواست ۷ روز در صف ماند و به سامانه نرسید. اگر هنوز درست است، دوباره بفرستید.',
    needsChangesHint: 'سامانه این درخواست را نپذیرفت. موارد گفته‌شده را اصلاح کنید و دوباره بفرستید.',
    actionFailed: 'این کار روی این دستگاه انجام نشد. دوباره تلاش کنید.',
  },
  en: {
    waiting: (count: number) => `${count} waiting to be sent`,
    demoIntake: 'demo intake',
    demoIntakeHint: 'Tickets go to the demo intake that comes with this app, not to Hamta.',
    send: 'Send',
    sendAgain: 'Send again',
    sendUnchanged: 'Send again unchanged',
    correctAndSend: 'Correct and send again',
    notSentHint: 'This ticket waited 7 days in the queue without reaching the intake. If it is still right, send it again.',
    needsChangesHint: 'The intake did not accept this ticket. Correct what it names and send it again.',
    actionFailed: 'That did not work on this device. Try again.',
  },
});
