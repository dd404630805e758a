// Words of the verdict guide: each of Hamta's eight answers explained, its remedy steps, the scam warning, the next steps on a ticket.
import type { RemedyStep, VerdictId } from '../../domain/verdicts';
import type { ScamReason } from '../../domain/scam';
import { defineMessages, DIAL_FA, localDigits, type Lang } from './core';

export type VerdictWords = {
  /** A short name for the answer, for headings and lists. */
  title: string;
  /** The message rendered in English, shown beside the Persian original in English mode. */
  english: string;
  /** What the answer means, in plain words. */
  meaning: string;
};

const fa = (text: string | number): string => localDigits(text, 'fa');

/** Hamta's answers rendered in English: the same words whichever language the app is in. */
const ENGLISH: Record<VerdictId, string> = {
  approved: 'Your request was reviewed and approved.',
  'not-owner': 'Your request was reviewed and rejected (the device’s IMEI does not belong to you).',
  'sim-not-seen-on-all-slots':
    'Your request was reviewed and rejected (first put your SIM card in every slot, one at a time, switch the phone on and wait a while, then file the request again).',
  'illegal-imei': 'Your request was reviewed and rejected (the device’s IMEI is not legal and will not get service on the mobile network).',
  'owned-by-another': 'Your request was reviewed and rejected (the problem cannot be fixed: the target IMEI is owned by another person).',
  'invalid-imei-observed': 'Your request was reviewed and rejected (the request cannot be filed because an incorrect IMEI was observed).',
  'partial-correction-only':
    'Your request was reviewed and rejected (only a partial correction of the IMEIs is allowed; if the device was repaired and all its IMEIs changed completely, file your request in the repair registration section of Hamta’s site for the expert in charge to review).',
  'already-activated-for-number':
    'Your request was reviewed and rejected (this device has already been activated for this same phone number).',
};

export const verdictWords: Record<Lang, Record<VerdictId, VerdictWords>> = {
  fa: {
    approved: {
      title: 'تأیید شد: IMEIها اصلاح شدند',
      english: ENGLISH.approved,
      meaning: 'همتا درخواست شما را پذیرفته و IMEIهایی را که وارد کرده بودید به‌جای IMEIهای قبلی ثبت کرده است. درخواست دیگری لازم نیست.',
    },
    'not-owner': {
      title: 'رد شد: IMEI متعلق به شما نیست',
      english: ENGLISH['not-owner'],
      meaning:
        'فقط کسی که همتا او را مالک گوشی می‌شناسد می‌تواند درخواست اصلاح بدهد. این درخواست از کارتابل کس دیگری فرستاده شده و برای همین رد شده است.',
    },
    'sim-not-seen-on-all-slots': {
      title: 'رد شد: اول سیم‌کارت را در همهٔ اسلات‌ها بگذارید',
      english: ENGLISH['sim-not-seen-on-all-slots'],
      meaning:
        'همتا پیش از اصلاح IMEI می‌خواهد سیم‌کارت شما را در تک‌تک اسلات‌های گوشی روی شبکه دیده باشد. هنوز این اتفاق نیفتاده و درخواست فعلاً رد شده است؛ بعد از این کار می‌توانید دوباره درخواست بدهید.',
    },
    'illegal-imei': {
      title: 'رد شد: IMEI قانونی نیست',
      english: ENGLISH['illegal-imei'],
      meaning:
        'همتا این گوشی را قانونی نمی‌داند و گوشی در شبکهٔ تلفن همراه سرویس نمی‌گیرد. برای چنین گوشی‌ای درخواست اصلاح IMEI پذیرفته نمی‌شود.',
    },
    'owned-by-another': {
      title: 'رد شد: IMEI مقصد مال شخص دیگری است',
      english: ENGLISH['owned-by-another'],
      meaning:
        'IMEI که خواسته‌اید جایگزین شود، در همتا به نام شخص دیگری ثبت است و همتا نمی‌تواند آن را به شما منتقل کند. رسیدگی به این کار با واردکنندهٔ گوشی است.',
    },
    'invalid-imei-observed': {
      title: 'رد شد: IMEI نادرست دیده شده است',
      english: ENGLISH['invalid-imei-observed'],
      meaning:
        'همتا برای این گوشی IMEI نادرستی دیده است و برای همین درخواست اصلاح را نمی‌پذیرد. رسیدگی به آن با واردکننده، و اگر واردکننده‌ای نباشد، با فروشنده است.',
    },
    'partial-correction-only': {
      title: 'رد شد: فقط اصلاح بخشی از IMEIها مجاز است',
      english: ENGLISH['partial-correction-only'],
      meaning:
        'این درخواست فقط برای اصلاح بخشی از IMEIهای گوشی (معمولاً IMEI دوم) است. شما خواسته‌اید همهٔ IMEIها عوض شوند؛ یعنی یا چیزی اشتباه وارد شده، یا IMEIهای گوشی واقعاً عوض شده‌اند، مثلاً با تعویض برد در تعمیر.',
    },
    'already-activated-for-number': {
      title: 'رد شد: پیش‌تر برای همین شماره فعال شده',
      english: ENGLISH['already-activated-for-number'],
      meaning:
        'همتا همین IMEIها را از قبل برای همین شمارهٔ تلفن فعال می‌داند؛ پس چیزی برای اصلاح نمانده و به احتمال زیاد IMEIهای درخواست جابه‌جا یا اشتباه وارد شده‌اند.',
    },
  },
  en: {
    approved: {
      title: 'Approved: the IMEIs were corrected',
      english: ENGLISH.approved,
      meaning:
        'Hamta accepted your ticket and now holds the IMEIs you entered in place of the old ones. You do not need to file anything else.',
    },
    'not-owner': {
      title: 'Rejected: the IMEI does not belong to you',
      english: ENGLISH['not-owner'],
      meaning:
        'Only the person Hamta lists as the phone’s owner can ask for a correction. This ticket was sent from someone else’s kartabl, so it was turned down.',
    },
    'sim-not-seen-on-all-slots': {
      title: 'Rejected: put your SIM in every slot first',
      english: ENGLISH['sim-not-seen-on-all-slots'],
      meaning:
        'Before it changes an IMEI, Hamta wants to have seen your SIM on the network in each of the phone’s slots. That has not happened yet, so the ticket was turned down for now; once it has, you can file again.',
    },
    'illegal-imei': {
      title: 'Rejected: the IMEI is not legal',
      english: ENGLISH['illegal-imei'],
      meaning:
        'Hamta does not treat this phone as legal, and it will get no service on the mobile network. A correction ticket is not accepted for such a phone.',
    },
    'owned-by-another': {
      title: 'Rejected: the target IMEI belongs to someone else',
      english: ENGLISH['owned-by-another'],
      meaning:
        'The IMEI you asked for is registered to another person in Hamta, so Hamta cannot move it to you. Sorting this out is the importer’s job.',
    },
    'invalid-imei-observed': {
      title: 'Rejected: an incorrect IMEI was seen',
      english: ENGLISH['invalid-imei-observed'],
      meaning:
        'Hamta has seen an incorrect IMEI for this phone, so it does not accept a correction ticket. The importer, or the seller when there is no importer, has to sort it out.',
    },
    'partial-correction-only': {
      title: 'Rejected: only a partial correction is allowed',
      english: ENGLISH['partial-correction-only'],
      meaning:
        'This ticket fixes only part of a phone’s IMEIs (usually the second one). You asked to change all of them: either something was entered wrongly, or the phone’s IMEIs really changed, for example when a repair replaced its board.',
    },
    'already-activated-for-number': {
      title: 'Rejected: already activated for this number',
      english: ENGLISH['already-activated-for-number'],
      meaning:
        'Hamta already holds these IMEIs as active for this phone number, so there is nothing to correct: most likely the IMEIs on the ticket were swapped or mistyped.',
    },
  },
};

export const remedyWords: Record<Lang, Record<RemedyStep, string>> = {
  fa: {
    'nothing-to-do': 'کار دیگری لازم نیست؛ اصلاح انجام شده است.',
    'log-in-as-owner': 'از کسی که همتا او را مالک گوشی می‌شناسد بخواهید با شمارهٔ خودش وارد کارتابلش در hamta.ntsw.ir شود.',
    'file-from-owner-account': 'در کارتابل مالک، از «ثبت و پیگیری مشکلات» گزینهٔ «ایجاد» را بزنید و همین درخواست را دوباره ثبت کنید.',
    'sim-in-each-slot':
      'سیم‌کارت صاحب کارتابل را تنها در اسلات ۱ بگذارید، گوشی را روشن کنید و مدتی صبر کنید؛ بعد همین کار را با اسلات ۲ انجام دهید.',
    'call-from-each-slot': 'هر بار که گوشی را روشن کردید یک تماس بگیرید تا مطمئن شوید شبکه سیم‌کارت را در آن اسلات دیده است.',
    'wait-then-refile': 'وقتی سیم‌کارت در همهٔ اسلات‌ها روشن شد و کار کرد، درخواست را دوباره ثبت کنید.',
    'device-not-legal': 'برای این گوشی نمی‌توان درخواست اصلاح ثبت کرد، چون همتا آن را قانونی نمی‌داند.',
    'contact-importer': 'با شرکت واردکنندهٔ گوشی تماس بگیرید.',
    'authenticity-inquiry': `نام واردکننده را با استعلام اصالت همتا پیدا کنید: IMEI پانزده‌رقمی را به ${fa(7777)} پیامک کنید.`,
    'contact-seller': 'اگر استعلام اصالت نام واردکننده‌ای نشان نداد، به فروشندهٔ گوشی مراجعه کنید.',
    'check-entered-imeis': `آنچه وارد کرده‌اید را دوباره بررسی کنید: IMEIهای درست از ${DIAL_FA} روی گوشی، و IMEIهای همتا از «مدیریت دستگاه‌ها».`,
    'repair-registration':
      'اگر گوشی تعمیر شده (مثلاً بردش عوض شده) و همهٔ IMEIهایش تغییر کرده، درخواست را در بخش «ثبت تعمیری» سایت همتا ثبت کنید.',
    'refile-with-right-info': 'درخواست را با اطلاعات درست دوباره ثبت کنید.',
    'contact-importer-or-warranty': 'با شرکت واردکننده یا شرکت گارانتی گوشی تماس بگیرید.',
  },
  en: {
    'nothing-to-do': 'Nothing more to do: the correction is done.',
    'log-in-as-owner':
      'Ask the person Hamta lists as the phone’s owner to log in to their own kartabl at hamta.ntsw.ir, with their own number.',
    'file-from-owner-account': 'From the owner’s kartabl, choose Register and track problems, then Create, and file the same ticket again.',
    'sim-in-each-slot': 'Put the kartabl owner’s SIM alone in slot 1, switch the phone on and wait a while; then do the same with slot 2.',
    'call-from-each-slot': 'Each time the phone is on, make a call, so you know the network has seen the SIM in that slot.',
    'wait-then-refile': 'Once the SIM has worked in every slot, file the ticket again.',
    'device-not-legal': 'No correction ticket can be filed for this phone: Hamta does not treat it as legal.',
    'contact-importer': 'Contact the company that imported the phone.',
    'authenticity-inquiry': 'Find the importer’s name with Hamta’s authenticity inquiry: send the 15-digit IMEI by SMS to 7777.',
    'contact-seller': 'If the authenticity inquiry shows no importer, go back to the seller.',
    'check-entered-imeis': 'Check what you entered: the correct IMEIs come from *#06# on the phone, Hamta’s IMEIs from Device management.',
    'repair-registration':
      'If the phone was repaired (a new board, say) and all its IMEIs changed, file in the repair registration section of Hamta’s site instead.',
    'refile-with-right-info': 'File the ticket again with the right information.',
    'contact-importer-or-warranty': 'Contact the phone’s importer or its warranty company.',
  },
};

export const scamReasonWords: Record<Lang, Record<ScamReason, string>> = {
  fa: {
    'foreign-link': 'به سایتی پیوند داده که مال همتا نیست.',
    'look-alike-link': 'نام آن سایت از روی نام همتا ساخته شده تا واقعی به نظر برسد.',
    'asks-for-money': 'پول می‌خواهد؛ همهٔ خدمات همتا رایگان است.',
    'asks-for-card': 'اطلاعات کارت بانکی یا رمز می‌خواهد؛ همتا هرگز این‌ها را نمی‌خواهد.',
    'asks-for-app-install': 'می‌خواهد برنامه‌ای دانلود یا نصب کنید.',
    'sender-not-hamta': 'از یک شمارهٔ تلفن آمده؛ پیامک‌های همتا با نام فرستندهٔ HAMTA (همتا) می‌آیند.',
  },
  en: {
    'foreign-link': 'It links to a site that is not Hamta’s.',
    'look-alike-link': 'That site’s name is made to look like Hamta’s.',
    'asks-for-money': 'It asks for money. Every Hamta service is free.',
    'asks-for-card': 'It asks for bank card details or a password. Hamta never asks for them.',
    'asks-for-app-install': 'It asks you to download or install an app.',
    'sender-not-hamta': 'It comes from a phone number. Hamta’s SMSs come from the sender name HAMTA.',
  },
};

export const verdictMessages = defineMessages({
  fa: {
    guideTitle: 'راهنمای پاسخ‌های همتا',
    guideIntro:
      'بعد از ثبت درخواست اصلاح IMEI، «کارشناس لایه صفر» همتا با یکی از هشت پیام زیر پاسخ می‌دهد. پیامی را که گرفته‌اید بچسبانید تا ببینید یعنی چه و چه باید کرد. این راهنما بدون اینترنت هم کار می‌کند.',
    pasteLabel: 'پیامی را که گرفته‌اید بچسبانید',
    pasteHint: 'کل پیام یا فقط بخش داخل پرانتز. متن فقط روی همین گوشی خوانده می‌شود و ذخیره نمی‌شود.',
    identified: (row: number) => `این پاسخ شمارهٔ ${fa(row)} از هشت پاسخ همتاست:`,
    notOneOfEight:
      'این پیام هیچ‌یک از هشت پاسخ کارشناس لایه صفر همتا نیست. آن را با فهرست زیر مقایسه کنید، یا ببینید کل پیام را چسبانده‌اید.',
    listTitle: 'هشت پاسخ همتا',
    rowLabel: (row: number) => `پاسخ ${fa(row)}`,
    openOwnPage: 'صفحهٔ این پاسخ',
    messageHeading: 'متن پیام همتا',
    englishRendering: 'ترجمهٔ انگلیسی',
    meaningHeading: 'یعنی چه؟',
    stepsHeading: 'چه باید کرد؟',
    fallbackTitle: 'با این راهنمایی مشکلم حل نشد',
    fallbackIntro: 'اگر همهٔ کارهای بالا را انجام دادید و مشکل هنوز هست:',
    notFoundTitle: 'چنین پاسخی در میان هشت پاسخ همتا نیست',
    backToGuide: 'همهٔ هشت پاسخ',
    otherProblems: 'پیامتان از همتا نیست یا مشکل دیگری دارید؟ گوشی‌ام چه مشکلی دارد؟',
    scamTitle: 'هشدار: این پیام از همتا نیست',
    scamIntro: 'نشانه‌های پیام‌های جعلی را دارد که خود را همتا جا می‌زنند:',
    scamLinks: 'پیوندهای غیرهمتا در این پیام:',
    scamAdvice:
      'روی پیوندش نزنید، پولی نپردازید و برنامه‌ای نصب نکنید. پیامک‌های همتا با نام فرستندهٔ HAMTA می‌آیند، تنها سایت‌های همتا hamta.ntsw.ir و hamtainfo.ntsw.ir و پیوندهای کوتاه hmti.ir هستند، و همهٔ خدمات همتا رایگان است.',
    nextStepTitle: 'قدم بعدی',
    hamtaAnswered: 'پاسخ همتا:',
    approvedDone: 'تمام شد: همتا IMEIهای این درخواست را اصلاح کرده است. کار دیگری لازم نیست.',
    checklistIntro:
      'این کار را برای هر اسلات انجام دهید و بعد همین درخواست را دوباره بفرستید. درخواست تازه با اطلاعات همین درخواست پر می‌شود، در مرحلهٔ فهرست «سیم‌کارت در هر اسلات» باز می‌شود و به این درخواست پیوند دارد.',
    resubmitChecklist: 'فهرست اسلات‌ها و ارسال دوباره',
    editIntro: 'IMEIهایی را که وارد کرده‌اید بررسی و درست کنید. درخواست تازه با اطلاعات همین درخواست پر می‌شود و به آن پیوند دارد.',
    editResubmit: 'ویرایش و ارسال دوباره',
    preparing: 'در حال آماده‌سازی…',
    createFailed: 'درخواست تازه روی این دستگاه ذخیره نشد. دوباره امتحان کنید.',
    notOwnerIntro: 'فقط کارتابل مالک گوشی می‌تواند این درخواست را ثبت کند. این خلاصه را برای مالک بفرستید تا از کارتابل خودش درخواست بدهد:',
    summaryLabel: 'خلاصه برای مالک گوشی',
    copy: 'کپی',
    copied: 'کپی شد.',
    copyFailed: 'کپی نشد؛ متن را انتخاب و خودتان کپی کنید.',
    share: 'هم‌رسانی',
    ownerSummary: (correct: string, registered: string) =>
      [
        'درخواست اصلاح IMEI برای گوشی‌ای که در همتا به نام شماست',
        `IMEIهای گوشی (از ${DIAL_FA}): ${correct}`,
        `IMEIهایی که همتا اکنون دارد: ${registered}`,
        'لطفاً وارد کارتابل خود در hamta.ntsw.ir شوید، «ثبت و پیگیری مشکلات» و سپس «ایجاد» را بزنید، موضوع «شناسه دستگاه (imei) من با شناسه دستگاه ثبت شده در همتا تطابق ندارد» را انتخاب کنید و این IMEIها را وارد کنید. فقط کارتابل مالک می‌تواند این درخواست را ثبت کند.',
      ].join('\n'),
    unknownImeis: 'نامعلوم',
    partialIntro:
      'این درخواست فقط یکی از IMEIها را اصلاح می‌کند و برای گوشی‌ای که همهٔ IMEIهایش عوض شده کاری از آن برنمی‌آید. اگر IMEIها را درست وارد کرده‌اید و گوشی تعمیر شده (مثلاً بردش عوض شده)، راهش «ثبت تعمیری» در سایت همتاست که کارشناس آن بخش بررسی می‌کند؛ اگر تعمیری در کار نبوده، با واردکننده تماس بگیرید.',
    contactIntro: 'درخواست تازه این مشکل را حل نمی‌کند. این کارها را انجام دهید:',
    fullGuide: 'راهنمای کامل این پاسخ',
  },
  en: {
    guideTitle: 'Verdict guide',
    guideIntro:
      'After you file an IMEI correction ticket, Hamta’s “layer zero” reviewer answers with one of the eight messages below. Paste the message you got to see what it means and what to do. This guide works offline.',
    pasteLabel: 'Paste the message you got',
    pasteHint: 'The whole message, or only the part in brackets. It is read on this phone only and never saved.',
    identified: (row: number) => `This is answer ${row} of Hamta’s eight:`,
    notOneOfEight:
      'This message is not one of the eight answers Hamta’s layer-zero reviewer gives. Compare it with the list below, or check that you pasted the whole message.',
    listTitle: 'Hamta’s eight answers',
    rowLabel: (row: number) => `Answer ${row}`,
    openOwnPage: 'This answer’s own page',
    messageHeading: 'Hamta’s message',
    englishRendering: 'In English',
    meaningHeading: 'What it means',
    stepsHeading: 'What to do',
    fallbackTitle: 'My problem was not solved',
    fallbackIntro: 'If you did all of the above and the problem is still there:',
    notFoundTitle: 'Hamta has no such answer among its eight',
    backToGuide: 'All eight answers',
    otherProblems: 'Not a message from Hamta, or a different problem? What is happening to your phone?',
    scamTitle: 'Warning: this message is not from Hamta',
    scamIntro: 'It has the signs of the fake messages that pretend to be Hamta:',
    scamLinks: 'Links in it that are not Hamta’s:',
    scamAdvice:
      'Do not open its link, pay anything or install anything. Hamta’s SMSs come from the sender name HAMTA, its only sites are hamta.ntsw.ir and hamtainfo.ntsw.ir with short links on hmti.ir, and every Hamta service is free.',
    nextStepTitle: 'Your next step',
    hamtaAnswered: 'Hamta answered:',
    approvedDone: 'Done: Hamta corrected the IMEIs of this ticket. Nothing more to do.',
    checklistIntro:
      'Do this for every slot, then send the same ticket again. The new ticket is prefilled from this one, opens at the SIM-in-every-slot checklist, and is linked to this one.',
    resubmitChecklist: 'Go through the slot checklist and resubmit',
    editIntro: 'Check the IMEIs you entered and correct them. The new ticket is prefilled from this one and linked to it.',
    editResubmit: 'Edit and resubmit',
    preparing: 'Preparing…',
    createFailed: 'The new ticket could not be saved on this device. Try again.',
    notOwnerIntro: 'Only the owner’s kartabl can file this ticket. Send the owner this summary so they can file it from their own account:',
    summaryLabel: 'Summary for the phone’s owner',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    share: 'Share',
    ownerSummary: (correct: string, registered: string) =>
      [
        'IMEI correction request for a phone registered to you in Hamta',
        `The phone’s IMEIs (from *#06#): ${correct}`,
        `The IMEIs Hamta holds now: ${registered}`,
        'Please log in to your kartabl at hamta.ntsw.ir, choose Register and track problems, then Create, pick the subject “My device’s IMEI does not match the device IMEI registered in Hamta”, and enter these IMEIs. Only the owner’s kartabl can file this request.',
      ].join('\n'),
    unknownImeis: 'unknown',
    partialIntro:
      'This ticket corrects only one of the IMEIs; it cannot help a phone whose IMEIs all changed. If you entered them right and the phone was repaired (a new board, say), the way is repair registration on Hamta’s site, reviewed by its own expert; if there was no repair, contact the importer.',
    contactIntro: 'A new ticket will not fix this. Do this instead:',
    fullGuide: 'The full guide to this answer',
  },
});
