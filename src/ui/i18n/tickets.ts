// Words of tickets: status names, history events, the problem list and the ticket page.
import { httpStatusOf, isDeliveryDetail, type DeliveryDetail } from '../../domain/deliveryDetail';
import type { TicketStatus } from '../../domain/schemas';
import { defineMessages, type Lang } from './core';

/** What the list shows for a draft or a ticket; 'draft' is not a ticket status but sits beside them. */
export type ShownStatus = TicketStatus | 'draft';

// The English status words are part of the app's contract: automated checks match them letter for letter.
const STATUS_WORDS: Record<Lang, Record<ShownStatus, string>> = {
  fa: {
    draft: 'پیش‌نویس',
    'ready-to-send': 'آمادهٔ ارسال',
    queued: 'در صف ارسال',
    sending: 'در حال ارسال',
    sent: 'ارسال شد',
    'needs-changes': 'نیاز به اصلاح',
    'not-sent': 'ارسال نشد — دوباره بفرستید',
    reviewed: 'بررسی شد',
  },
  en: {
    draft: 'draft',
    'ready-to-send': 'ready to send',
    queued: 'queued',
    sending: 'sending',
    sent: 'sent',
    'needs-changes': 'needs changes',
    'not-sent': 'not sent — send again',
    reviewed: 'reviewed',
  },
};

export function statusWord(status: ShownStatus, lang: Lang): string {
  return STATUS_WORDS[lang][status];
}

// History details are codes set by the page, the worker's queue and the intake's answers (src/domain/deliveryDetail.ts).
export const DETAIL_WORDS: Record<Lang, { codes: Record<DeliveryDetail, string>; http: (status: string) => string }> = {
  fa: {
    codes: {
      submitted: 'ثبت شد',
      resent: 'دوباره در صف ارسال قرار گرفت',
      'network-error': 'اینترنت در دسترس نبود',
      timeout: 'پاسخی در زمان مقرر نیامد',
      redirect: 'درخواست به جای دیگری هدایت شد؛ دوباره تلاش می‌شود',
      'too-large': 'پاسخی بیش از حد بزرگ رسید؛ دوباره تلاش می‌شود',
      'bad-response': 'پاسخی نامعتبر رسید (شاید از فیلترینگ یا پروکسی)؛ دوباره تلاش می‌شود',
      received: 'سامانه درخواست را دریافت کرد',
      validation: 'سامانه ایرادهایی در اطلاعات گرفت',
      expired: 'مدت نگهداری در صف تمام شد',
      reviewed: 'کارشناس لایهٔ صفر پاسخ داد',
      'not-found': 'سامانه این درخواست را نمی‌شناخت؛ دوباره فرستاده می‌شود',
    },
    http: (status) => `پاسخ سامانه: خطای ${status}`,
  },
  en: {
    codes: {
      submitted: 'submitted',
      resent: 'queued again',
      'network-error': 'no network',
      timeout: 'no answer in time',
      redirect: 'the request was redirected elsewhere; trying again',
      'too-large': 'the answer was far too large; trying again',
      'bad-response': 'the answer was not the intake’s (a filter or proxy?); trying again',
      received: 'the intake received the ticket',
      validation: 'the intake found problems in the data',
      expired: 'kept too long in the queue',
      reviewed: 'the layer-zero reviewer answered',
      'not-found': 'the intake did not know this ticket; sending it again',
    },
    http: (status) => `the intake answered ${status}`,
  },
};

/** A history event's detail code in words; an HTTP status as "the intake answered 503"; a code of no known kind as it is. */
export function historyDetail(detail: string, lang: Lang): string {
  const words = DETAIL_WORDS[lang];
  if (isDeliveryDetail(detail)) return words.codes[detail];
  const status = httpStatusOf(detail);
  return status === null ? detail : words.http(String(status));
}

export const ticketMessages = defineMessages({
  fa: {
    listTitle: 'ثبت و پیگیری مشکلات',
    listIntro: 'درخواست اصلاح IMEI را این‌جا بسازید. هر چه بنویسید همان لحظه روی همین دستگاه ذخیره می‌شود، حتی بدون اینترنت.',
    create: 'ایجاد',
    continueTitle: 'پیش‌نویس نیمه‌کاره دارید',
    continueDraft: 'ادامهٔ پیش‌نویس',
    continueHint: (step: string, when: string) => `آخرین مرحله: ${step} — ${when}`,
    draftsTitle: 'پیش‌نویس‌ها',
    ticketsTitle: 'درخواست‌ها',
    noDrafts: 'پیش‌نویسی ندارید.',
    noTickets: 'هنوز درخواستی ثبت نکرده‌اید.',
    nothingYet: 'هنوز چیزی ثبت نشده است. برای شروع «ایجاد» را بزنید.',
    untitledDraft: 'پیش‌نویس بدون IMEI',
    draftLabel: (imei: string) => `پیش‌نویس برای ${imei}`,
    ticketLabel: (imei: string) => `درخواست برای ${imei}`,
    openDraft: 'ادامه',
    discard: 'دور انداختن',
    discardLabel: (name: string) => `دور انداختن ${name}`,
    discarded: 'پیش‌نویس دور انداخته شد.',
    undo: 'برگرداندن',
    dismiss: 'بستن',
    restored: 'پیش‌نویس برگشت.',
    updated: (when: string) => `به‌روزرسانی: ${when}`,
    created: (when: string) => `ساخته شده: ${when}`,
    createFailed: 'ساختن پیش‌نویس ممکن نشد: فضای ذخیره‌سازی در دسترس نیست.',
    discardFailed: 'دور انداختن ممکن نشد.',
    loading: 'در حال بارگذاری…',
    ticketTitle: 'درخواست اصلاح IMEI',
    detailsTitle: 'آن‌چه درخواست در بر دارد',
    ticketNotFound: 'این درخواست پیدا نشد.',
    backToList: 'بازگشت به فهرست درخواست‌ها',
    status: 'وضعیت',
    subject: 'موضوع',
    subjectText: 'شناسه دستگاه (imei) من با شناسه دستگاه ثبت شده در همتا تطابق ندارد',
    phone: 'شماره تلفن',
    correctImeis: 'IMEIهای درست (از ‎*#06#‎)',
    registeredImeis: 'IMEIهای ثبت‌شده در همتا',
    slot: (slot: number) => `IMEI ${slot}`,
    description: 'شرح درخواست',
    noDescription: 'شرحی نوشته نشده است.',
    slotChecks: 'سیم‌کارت در همهٔ اسلات‌ها',
    slotChecked: (slot: number) => `اسلات ${slot}: بررسی شد`,
    slotNotChecked: (slot: number) => `اسلات ${slot}: تأیید نشده`,
    purged: 'اطلاعات شخصی این درخواست پس از ارسال پاک شده است.',
    history: 'تاریخچه',
    issuesTitle: 'سامانه این ایرادها را گرفت',
    issueAt: (path: string, message: string) => `${path}: ${message}`,
    verdictTitle: 'پاسخ کارشناس لایهٔ صفر',
    verdictLink: 'این پاسخ یعنی چه و حالا چه کنم؟',
    waitingForVerdict: 'هنوز پاسخی نیامده است.',
    readyToSendHint: 'درخواست روی این دستگاه آماده است و به محض برقراری ارتباط فرستاده می‌شود.',
  },
  en: {
    listTitle: 'Register & track problems',
    listIntro: 'Create an IMEI correction ticket here. Everything you type is saved on this device at once, even offline.',
    create: 'Create',
    continueTitle: 'You have an unfinished draft',
    continueDraft: 'Continue your draft',
    continueHint: (step: string, when: string) => `Last step: ${step} — ${when}`,
    draftsTitle: 'Drafts',
    ticketsTitle: 'Tickets',
    noDrafts: 'No drafts.',
    noTickets: 'No tickets yet.',
    nothingYet: 'Nothing here yet. Press "Create" to start.',
    untitledDraft: 'Draft without an IMEI',
    draftLabel: (imei: string) => `Draft for ${imei}`,
    ticketLabel: (imei: string) => `Ticket for ${imei}`,
    openDraft: 'Continue',
    discard: 'Discard',
    discardLabel: (name: string) => `Discard ${name}`,
    discarded: 'Draft discarded.',
    undo: 'Undo',
    dismiss: 'Dismiss',
    restored: 'Draft restored.',
    updated: (when: string) => `Updated ${when}`,
    created: (when: string) => `Created ${when}`,
    createFailed: 'Could not create a draft: storage is not available.',
    discardFailed: 'Could not discard the draft.',
    loading: 'Loading…',
    ticketTitle: 'IMEI correction ticket',
    detailsTitle: 'What the ticket holds',
    ticketNotFound: 'This ticket does not exist.',
    backToList: 'Back to your tickets',
    status: 'Status',
    subject: 'Subject',
    subjectText: "My device's IMEI does not match the device IMEI registered in Hamta",
    phone: 'Phone number',
    correctImeis: 'Correct IMEIs (from *#06#)',
    registeredImeis: 'IMEIs registered in Hamta',
    slot: (slot: number) => `IMEI ${slot}`,
    description: 'Description',
    noDescription: 'No description written.',
    slotChecks: 'SIM in every slot',
    slotChecked: (slot: number) => `Slot ${slot}: checked`,
    slotNotChecked: (slot: number) => `Slot ${slot}: not confirmed`,
    purged: 'The personal details of this ticket were removed after it was delivered.',
    history: 'History',
    issuesTitle: 'The intake found these problems',
    issueAt: (path: string, message: string) => `${path}: ${message}`,
    verdictTitle: "The layer-zero reviewer's answer",
    verdictLink: 'What this answer means and what to do now',
    waitingForVerdict: 'No answer yet.',
    readyToSendHint: 'The ticket is ready on this device and goes out as soon as there is a connection.',
  },
});
