// Words of "File on Hamta" (the hand-off), the shared-message screen and the no-intake notice.
import type { WarningSmsKind } from '../../domain/warningSms';
import type { SharedProblem } from '../../domain/sharedMessage';
import { defineMessages, localDigits, type Lang } from './core';

const fa = (value: string | number): string => localDigits(value, 'fa');

/**
 * Hamta's own names of its form's boxes, shown beside ours in both languages
 * (quoted from Hamta's guide, so users find the same words on the site).
 */
export const HAMTA_FIELD_NAMES = {
  correct: 'IMEI درست دستگاه (شماره گیری #06#*)',
  registered: 'IMEI ثبت شده در همتا',
  description: 'شرح درخواست',
} as const;

/** Hamta's words for its steps, quoted beside ours. */
export const HAMTA_STEP_NAMES = {
  kartabl: 'کارتابل',
  problems: 'ثبت و پیگیری مشکلات',
  create: 'ایجاد',
  subject: 'شناسه دستگاه (imei) من با شناسه دستگاه ثبت شده در همتا تطابق ندارد',
  next: 'مرحله بعد',
} as const;

export const hamtaMessages = defineMessages({
  fa: {
    fileOnHamta: 'ثبت در همتا',
    title: 'ثبت در همتا',
    intro:
      'همتا راهی ندارد که این برنامه به جای شما درخواست ثبت کند. همتا را باز کنید، این گام‌ها را دنبال کنید و هر مقدار را با دکمهٔ کپی کنارش بردارید و در کادر همنام در همتا بچسبانید.',
    openHamta: 'باز کردن hamta.ntsw.ir',
    openHamtaHint: 'در زبانهٔ تازه باز می‌شود. با شمارهٔ تلفن مالک گوشی وارد شوید.',
    stepsTitle: 'گام‌های همتا',
    step1: 'وارد کارتابل خود در hamta.ntsw.ir شوید و از منوی سمت راست «ثبت و پیگیری مشکلات» را بزنید.',
    step2: 'بالای صفحه «ایجاد» را بزنید.',
    step3: 'در «انتخاب موضوع مشکل» این موضوع را انتخاب کنید:',
    step4: 'راهنما را با دقت بخوانید و «مرحله بعد» را بزنید.',
    step5: 'کادرها را پر کنید: هر مقدار را این‌جا کپی کنید و در کادر همنامش در همتا بچسبانید.',
    step6: 'در همتا درخواست را ثبت کنید. کارشناس لایهٔ صفر با یک پیام پاسخ می‌دهد؛ آن را پایین همین صفحه بچسبانید.',
    hamtaCalls: 'نام آن در همتا:',
    fieldsTitle: 'گام ۵: کادرهای فرم همتا',
    // In Persian the boxes are named exactly as on Hamta's form.
    correctGroup: 'IMEI درست دستگاه (شماره گیری #06#*)',
    registeredGroup: 'IMEI ثبت شده در همتا',
    descriptionGroup: 'شرح درخواست',
    correctLabel: (slot: number) => `IMEI درست ${fa(slot)}`,
    registeredLabel: (slot: number) => `IMEI همتا ${fa(slot)}`,
    descriptionLabel: 'شرح درخواست',
    copy: (label: string) => `کپی ${label}`,
    copied: 'کپی شد',
    copiedStatus: (label: string) => `${label} کپی شد؛ آن را در کادر همنامش در همتا بچسبانید.`,
    copyFailed: (label: string) =>
      `کپی خودکار ${label} ممکن نشد (مرورگر اجازه نداد). مقدار انتخاب شده است: آن را دستی کپی کنید (انگشت را نگه دارید و «کپی» را بزنید).`,
    progress: (done: number, total: number) => `${fa(done)} از ${fa(total)} کادر کپی شده است.`,
    descriptionHint:
      'این متن از روی درخواست شما و بررسی پیش از ارسال، به فارسی برای کارشناس همتا نوشته شده است. پیش از کپی می‌توانید آن را ویرایش کنید.',
    resetDescription: 'برگرداندن متن آماده',
    answerTitle: 'پاسخ همتا',
    recordLabel: 'ثبت پاسخ همتا',
    recordHint: 'کل پیام همتا یا فقط بخش داخل پرانتز را بچسبانید. متن پیام ذخیره نمی‌شود؛ فقط نتیجه روی درخواست ثبت می‌شود.',
    recorded: (title: string) => `ثبت شد: ${title}. وضعیت درخواست اکنون «بررسی شد» است.`,
    notOneOfEight: 'این هیچ‌یک از هشت پاسخ همتا نیست و چیزی تغییر نکرد. پیام را همان‌طور که همتا فرستاده بچسبانید.',
    recordAnyway: 'با این حال این پاسخ را ثبت کن',
    recordFailed: 'ذخیرهٔ پاسخ ممکن نشد: فضای ذخیره‌سازی در دسترس نیست.',
    purged: 'اطلاعات شخصی این درخواست پاک شده است؛ چیزی برای کپی نمانده.',
    notFound: 'این درخواست پیدا نشد.',
    backToTicket: 'بازگشت به درخواست',
    readyToFileHint: 'از این برنامه چیزی فرستاده نمی‌شود: این درخواست را خودتان با «ثبت در همتا» در سایت همتا ثبت کنید.',
    handoffHint: 'هر مقدار را با یک دکمه کپی کنید و در فرم همتا بچسبانید؛ دیگر لازم نیست چیزی را دوباره تایپ کنید.',
    noIntake: 'درخواست‌ها روی همین دستگاه می‌مانند',
    noIntakeHint: 'این برنامه سامانهٔ دریافت ندارد: چیزی از این‌جا فرستاده نمی‌شود و هر درخواست را خودتان در همتا ثبت می‌کنید.',
  },
  en: {
    fileOnHamta: 'File on Hamta',
    title: 'File on Hamta',
    intro:
      'Hamta offers no way for this app to file for you. Open Hamta, follow these steps, and take each value with the copy button beside it into the box of the same name on Hamta.',
    openHamta: 'Open hamta.ntsw.ir',
    openHamtaHint: 'Opens in a new tab. Log in with the phone owner’s number.',
    stepsTitle: 'Hamta’s steps',
    step1: 'Log in to your kartabl at hamta.ntsw.ir and choose “Register and track problems” in the right-hand menu.',
    step2: 'At the top of the page, choose “Create”.',
    step3: 'Under “Select the problem subject”, choose this subject:',
    step4: 'Read the guide carefully, then press “Next step”.',
    step5: 'Fill in the boxes: copy each value here and paste it into the box of the same name on Hamta.',
    step6: 'Submit the request on Hamta. The layer-zero reviewer answers with a message: paste it at the bottom of this page.',
    hamtaCalls: 'On Hamta:',
    fieldsTitle: 'Step 5: the boxes of Hamta’s form',
    correctGroup: 'Correct device IMEI (dial *#06#)',
    registeredGroup: 'IMEI registered in Hamta',
    descriptionGroup: 'Request description',
    correctLabel: (slot: number) => `Correct IMEI ${slot}`,
    registeredLabel: (slot: number) => `Hamta IMEI ${slot}`,
    descriptionLabel: 'Description',
    copy: (label: string) => `Copy ${label}`,
    copied: 'Copied',
    copiedStatus: (label: string) => `${label} copied: paste it into the box of the same name on Hamta.`,
    copyFailed: (label: string) =>
      `${label} could not be copied automatically (the browser did not allow it). The value is selected: copy it by hand (long-press, then Copy).`,
    progress: (done: number, total: number) => `${done} of ${total} boxes copied.`,
    descriptionHint: 'Written in Persian for Hamta’s reviewers, from your ticket and its pre-check. You can edit it before copying.',
    resetDescription: 'Back to the ready-made text',
    answerTitle: 'Hamta’s answer',
    recordLabel: "Record Hamta's answer",
    recordHint:
      'Paste Hamta’s whole message, or only the part in brackets. The message itself is not kept; only the verdict is recorded on the ticket.',
    recorded: (title: string) => `Recorded: ${title}. The ticket is now “reviewed”.`,
    notOneOfEight: 'This is not one of Hamta’s eight answers, so nothing was changed. Paste the message exactly as Hamta sent it.',
    recordAnyway: 'Record this answer anyway',
    recordFailed: 'Could not save the answer: storage is not available.',
    purged: 'This ticket’s personal details were removed; there is nothing left to copy.',
    notFound: 'This ticket does not exist.',
    backToTicket: 'Back to the ticket',
    readyToFileHint: 'Nothing is sent from this app: file this ticket on Hamta yourself with “File on Hamta”.',
    handoffHint: 'Copy each value with one button and paste it into Hamta’s form: nothing needs retyping.',
    noIntake: 'Tickets stay on this device',
    noIntakeHint: 'This app has no intake: nothing is sent from here, and you file each ticket on Hamta yourself.',
  },
});

export const shareMessages = defineMessages({
  fa: {
    title: 'پیام هم‌رسانی‌شده',
    intro: 'پیام همین‌جا روی گوشی بررسی می‌شود و جایی ذخیره نمی‌شود، مگر آن‌که آن را روی یکی از درخواست‌هایتان ثبت کنید.',
    pasteIntro: 'پیامکی را که از همتا گرفته‌اید این‌جا بچسبانید تا ببینید چیست و آن را روی درخواستتان ثبت کنید.',
    boxLabel: 'متن پیام',
    boxHint: 'کل پیامک یا فقط بخش داخل پرانتز. می‌توانید متن را ویرایش کنید و دوباره امتحان کنید.',
    warningFound: 'این پیامک هشدار همتاست:',
    openAnswer: 'چه اتفاقی برای گوشی‌تان افتاده؟ پاسخ را ببینید',
    oneQuestion: 'با یک پرسش روشن می‌شود چه باید کرد:',
    noneOfThese: 'این پیام هیچ‌یک از هشت پاسخ همتا یا پیامک‌های هشدار همتا نیست. متن را همان‌طور که رسیده بچسبانید و دوباره امتحان کنید.',
    recordOnTicket: 'ثبت روی درخواست',
    whichTicket: 'این پاسخ مربوط به کدام درخواست است؟',
    recordOnChosen: 'ثبت روی درخواست انتخاب‌شده',
    ticketOption: (imei: string, status: string) => `درخواست برای ${imei} (${status})`,
    onlyTicket: (imei: string) => `روی تنها درخواست باز شما ثبت می‌شود: درخواست برای ${imei}.`,
    noOpenTicket: 'درخواستی ندارید که منتظر پاسخ باشد. اول در «ثبت و پیگیری مشکلات» درخواست بسازید.',
    openTicket: 'دیدن درخواست و گام بعدی',
    recordFailed: 'ثبت ممکن نشد: فضای ذخیره‌سازی در دسترس نیست.',
    fromGuide: 'پیامکی از همتا دارید؟ آن را بررسی و روی درخواستتان ثبت کنید',
    noImei: 'بدون IMEI',
  },
  en: {
    title: 'Shared message',
    intro: 'The message is checked here on this phone and saved nowhere, unless you record it on one of your tickets.',
    pasteIntro: 'Paste the SMS you got from Hamta here to see what it is and record it on your ticket.',
    boxLabel: 'Message text',
    boxHint: 'The whole SMS, or only the part in brackets. You can edit the text and try again.',
    warningFound: 'This is a warning SMS from Hamta:',
    openAnswer: 'What is happening to your phone? See the answer',
    oneQuestion: 'One question tells what to do:',
    noneOfThese: 'This is none of Hamta’s eight answers and none of its warning SMS. Paste the text exactly as it arrived and try again.',
    recordOnTicket: 'Record on a ticket',
    whichTicket: 'Which ticket is this answer for?',
    recordOnChosen: 'Record on the chosen ticket',
    ticketOption: (imei: string, status: string) => `Ticket for ${imei} (${status})`,
    onlyTicket: (imei: string) => `It goes on your only open ticket: the ticket for ${imei}.`,
    noOpenTicket: 'You have no ticket waiting for an answer. Create one first in Register & track problems.',
    openTicket: 'See the ticket and its next step',
    recordFailed: 'Could not record it: storage is not available.',
    fromGuide: 'Got an SMS from Hamta? Check it and record it on your ticket',
    noImei: 'no IMEI',
  },
});

const PROBLEM_WORDS: Record<Lang, Record<SharedProblem, string>> = {
  fa: {
    empty: 'چیزی هم‌رسانی نشد: پیام متنی نداشت. متن پیامک را پایین بچسبانید.',
    'too-long': `متن هم‌رسانی‌شده برای یک پیامک همتا بیش از حد بلند است: فقط ${fa('10,000')} نویسهٔ اول آن خوانده شد.`,
    html: 'متن هم‌رسانی‌شده کد صفحهٔ وب (HTML) دارد. فقط به صورت متن ساده نشان داده می‌شود و هیچ چیز درون آن باز نمی‌شود.',
  },
  en: {
    empty: 'Nothing was shared: the message had no text. Paste the SMS text below.',
    'too-long': 'The shared text is far too long for a Hamta SMS: only its first 10,000 characters were read.',
    html: 'The shared text contains web page code (HTML). It is shown as plain text only, and nothing in it is opened.',
  },
};

export function sharedProblemWords(problem: SharedProblem, lang: Lang): string {
  return PROBLEM_WORDS[lang][problem];
}

const WARNING_WORDS: Record<Lang, Record<WarningSmsKind, string>> = {
  fa: {
    'ownership-transfer': 'هشدار انتقال مالکیت: سیم‌کارت این گوشی مال کس دیگری است و گوشی باید به نام او منتقل شود.',
    'illegal-device': 'هشدار «دستگاه غیرقانونی»: این گوشی با این سیم‌کارت در همتا ثبت‌شده شناخته نمی‌شود.',
    'cut-off-date': 'هشدار تاریخ قطع: اگر کاری که پیامک خواسته انجام نشود، سرویس گوشی از آن تاریخ قطع می‌شود.',
  },
  en: {
    'ownership-transfer':
      'Ownership-transfer warning: the SIM in this phone belongs to someone else, and the phone must be transferred to them.',
    'illegal-device': '“Illegal device” warning: Hamta does not see this phone as registered with this SIM.',
    'cut-off-date': 'Cut-off date warning: unless what the SMS asks is done, the phone loses service from that date.',
  },
};

export function warningWords(kind: WarningSmsKind, lang: Lang): string {
  return WARNING_WORDS[lang][kind];
}
