// Words of the "What is happening to your phone?" guide: its questions, its answers and Hamta's channels.
import type { AppLink, HamtaChannel, OptionId, ProblemRouteId, QuestionId } from '../../domain/otherProblems';
import { defineMessages, DIAL_FA, localDigits, type Lang } from './core';

export type QuestionWords = { [Q in QuestionId]: { text: string; options: Record<OptionId<Q>, string> } };
export type RouteWords = { title: string; steps: readonly string[] };

// In Persian text "*7777#" must be isolated left-to-right, or bidi shows it reversed.
const USSD_FA = `\u2066*${localDigits(7777, 'fa')}#\u2069`;
const fa = (text: string | number): string => localDigits(text, 'fa');

export const questionWords: Record<Lang, QuestionWords> = {
  fa: {
    situation: {
      text: 'کدام به وضع گوشی شما نزدیک‌تر است؟',
      options: {
        'no-service': 'سیم‌کارت آنتن دارد اما «عدم ارائه سرویس» می‌گوید، یا سرویس گوشی قطع شده',
        'warning-sms': 'پیامکی آمده که سرویس از تاریخی قطع می‌شود',
        'sealed-phone': 'گوشی نو و آکبند خریده‌ام و کد فعال‌سازی ندارم',
        'second-hand': 'گوشی دست‌دوم خریده‌ام یا می‌خواهم بخرم',
        repaired: 'گوشی تعمیر شده و حالا IMEIهای دیگری نشان می‌دهد',
        traveller: 'ساکن خارج هستم و با گوشی خودم به ایران آمده‌ام',
        'no-login-code': 'سیم‌کارتم قطع است و کد ورود همتا به دستم نمی‌رسد',
      },
    },
    'whose-sim': {
      text: 'چه سیم‌کارتی در گوشی است؟',
      options: {
        'mine-as-before': 'سیم‌کارت خود مالک گوشی، در همان اسلاتی که همیشه بوده',
        'mine-swapped': 'سیم‌کارت‌های خودم، اما جای آن‌ها را در اسلات‌ها عوض کرده‌ام',
        'another-person': 'سیم‌کارت کس دیگری (نه مالک گوشی در همتا)',
      },
    },
    'used-before-registry': {
      text: 'آیا از این گوشی پیش از شروع طرح رجیستری استفاده می‌کردید؟',
      options: { yes: 'بله', no: 'نه', 'not-sure': 'مطمئن نیستم' },
    },
    'compare-imeis': {
      text: `${DIAL_FA} را روی گوشی بگیرید و با IMEIهای بخش «مدیریت دستگاه‌ها» در hamta.ntsw.ir مقایسه کنید. چه می‌بینید؟`,
      options: {
        'one-differs': 'یک IMEI یکی است و دیگری فرق دارد',
        'hamta-has-one': 'همتا فقط یک IMEI دارد اما گوشی دو IMEI نشان می‌دهد',
        'all-differ': 'هیچ‌کدام یکی نیستند',
        'all-match': 'همه یکی هستند',
        'cannot-see': 'نمی‌توانم ببینم همتا چه IMEIهایی دارد',
      },
    },
  },
  en: {
    situation: {
      text: 'Which is closest to what is happening?',
      options: {
        'no-service': 'A SIM has signal but says “no service”, or the phone was cut off',
        'warning-sms': 'I got an SMS saying service will stop on a date',
        'sealed-phone': 'I bought a new, sealed phone and have no activation code',
        'second-hand': 'I bought, or want to buy, a second-hand phone',
        repaired: 'The phone was repaired and now shows different IMEIs',
        traveller: 'I live abroad and am visiting Iran with my own phone',
        'no-login-code': 'My SIM is cut off, so Hamta’s login code does not reach me',
      },
    },
    'whose-sim': {
      text: 'Which SIM is in the phone?',
      options: {
        'mine-as-before': 'The phone owner’s own SIM, in the slot it has always been in',
        'mine-swapped': 'My own SIMs, but I moved them between slots',
        'another-person': 'Another person’s SIM (not the phone’s owner in Hamta)',
      },
    },
    'used-before-registry': {
      text: 'Was this phone already in use before the registry scheme began?',
      options: { yes: 'Yes', no: 'No', 'not-sure': 'I am not sure' },
    },
    'compare-imeis': {
      text: 'Dial *#06# on the phone and compare with the IMEIs under Device management on hamta.ntsw.ir. What do you see?',
      options: {
        'one-differs': 'One IMEI is the same, the other differs',
        'hamta-has-one': 'Hamta lists only one IMEI, the phone shows two',
        'all-differ': 'None of them is the same',
        'all-match': 'They are all the same',
        'cannot-see': 'I cannot see which IMEIs Hamta holds',
      },
    },
  },
};

export const routeWords: Record<Lang, Record<ProblemRouteId, RouteWords>> = {
  fa: {
    'wrong-imei-ticket': {
      title: 'IMEI اشتباه در همتا: درخواست اصلاح ثبت کنید',
      steps: [
        `اول هر دو IMEI را از ${DIAL_FA} بردارید و با «بررسی IMEI» همین برنامه بسنجید تا درخواست اشتباه تایپی نداشته باشد.`,
        'سیم‌کارت مالک را تک‌تک در هر اسلات بگذارید، گوشی را روشن کنید و از هر اسلات یک تماس بگیرید؛ همتا این را بررسی می‌کند.',
        'مالک گوشی در کارتابل خود از «ثبت و پیگیری مشکلات» و «ایجاد»، موضوع «شناسه دستگاه (imei) من با شناسه دستگاه ثبت شده در همتا تطابق ندارد» را انتخاب می‌کند. این برنامه درخواست را با شما آماده می‌کند.',
        'در همهٔ بخش‌ها هر دو IMEI را وارد کنید؛ همتا IMEI دوم را هم می‌خواهد.',
      ],
    },
    'add-device': {
      title: 'گوشی پیش از رجیستری استفاده می‌شد: با سیم‌کارت قدیمی «افزودن دستگاه» کنید',
      steps: [
        'گوشی دوسیم‌کارته‌ای که پیش از رسیدن طرح رجیستری فقط در یک اسلات کار کرده، فقط همان IMEI را در همتا دارد و اسلات دیگر «عدم ارائه سرویس» می‌گوید.',
        'شمارهٔ سیم‌کارتی را که آن زمان در این گوشی استفاده می‌کردید پیدا کنید؛ صفحهٔ «عدم شناخت مالک قبلی» در سایت همتا راهش را گفته است.',
        'با همان شماره وارد hamta.ntsw.ir شوید و فرایند «افزودن دستگاه» را انجام دهید تا همهٔ IMEIهای گوشی ثبت شوند.',
        'اگر بعد از آن برای اسلات دوم پیامک هشدار انتقال مالکیت با مهلت قطع آمد، سیم‌کارت آن اسلات مال کس دیگری است و باید جداگانه انتقال مالکیت شود.',
      ],
    },
    'swap-sims-back': {
      title: 'جای سیم‌کارت‌ها عوض شده: آن‌ها را برگردانید',
      steps: [
        'گوشی با سیم‌کارتی که با آن فعال شده، در اسلات خودش کار می‌کند. گذاشتن سیم‌کارت دیگری در اسلات اصلی می‌تواند هشدار «دستگاه غیرقانونی» یا «عدم ارائه سرویس» بیاورد.',
        'سیم‌کارت ثبت‌شده را به اسلات خودش (معمولاً اسلات ۱) و سیم‌کارت دیگر را به جای قبلی‌اش برگردانید.',
        'گوشی را خاموش و روشن کنید و با یک تماس امتحان کنید.',
        `اگر هشدار ماند، وضع ثبت گوشی را با استعلام اصالت ببینید: هر IMEI پانزده‌رقمی را به ${fa(7777)} پیامک کنید.`,
      ],
    },
    'ownership-transfer': {
      title: 'سیم‌کارت کس دیگری: انتقال مالکیت',
      steps: [
        `گوشی پس از فعال‌سازی با سیم‌کارتی که با آن فعال شده سرویس می‌گیرد. با سیم‌کارت شخص دیگری فقط ${fa(30)} روز کار می‌کند.`,
        `در همین ${fa(30)} روز، مالک گوشی آن را به نام صاحب سیم‌کارت منتقل کند (انتقال مالکیت): در hamta.ntsw.ir یا با شماره‌گیری ${USSD_FA} (گزینهٔ ${fa(3)}).`,
        'تا انتقال انجام نشده، ممکن است پیامک هشدار با تاریخ قطع بیاید؛ پیامک واقعی همتا با نام فرستندهٔ HAMTA می‌آید.',
      ],
    },
    'second-hand': {
      title: 'گوشی دست‌دوم: فروشنده باید آن را به نام شما منتقل کند',
      steps: [
        `پیش از خرید، گوشی را به تنظیمات کارخانه برگردانید، ${DIAL_FA} را بگیرید و IMEIها را با جعبه مقایسه کنید؛ IMEI جعلی پس از بازنشانی، IMEI واقعی را نشان می‌دهد.`,
        `هر IMEI را با استعلام اصالت همتا بسنجید: آن را به ${fa(7777)} پیامک کنید.`,
        `فروشنده باید گوشی را به نام شما منتقل کند (انتقال مالکیت) در hamta.ntsw.ir یا با ${USSD_FA}، گزینهٔ ${fa(3)}. بدون آن، سیم‌کارت شما فقط ${fa(30)} روز سرویس می‌گیرد.`,
      ],
    },
    'repair-registration': {
      title: 'IMEIها در تعمیر عوض شده‌اند: ثبت تعمیری',
      steps: [
        'وقتی تعمیر (مثلاً تعویض برد) IMEIهای گوشی را عوض می‌کند، درخواست اصلاح IMEI کمکی نمی‌کند؛ آن درخواست فقط بخشی از IMEIها را اصلاح می‌کند.',
        'وارد hamta.ntsw.ir شوید و درخواست را در بخش «ثبت تعمیری» ثبت کنید تا کارشناس آن بخش بررسی کند.',
        `IMEIهای تازه را از ${DIAL_FA} بردارید و با «بررسی IMEI» همین برنامه بسنجید.`,
      ],
    },
    'all-imeis-differ': {
      title: 'همهٔ IMEIها فرق دارند: این مشکل IMEI دوم اشتباه نیست',
      steps: [
        'درخواست اصلاح IMEI فقط بخشی از IMEIها را اصلاح می‌کند و درخواست تغییر همهٔ آن‌ها رد می‌شود.',
        `دوباره مقایسه کنید: IMEIهای درست از ${DIAL_FA} و IMEIهای همتا از «مدیریت دستگاه‌ها». آن‌ها را با «بررسی IMEI» بسنجید.`,
        'اگر گوشی تعمیر شده و IMEIهایش عوض شده، از «ثبت تعمیری» در hamta.ntsw.ir استفاده کنید.',
        `در غیر این صورت با واردکننده تماس بگیرید؛ استعلام اصالت (پیامک IMEI به ${fa(7777)}) نامش را نشان می‌دهد. اگر نامی نشان نداد، به فروشنده مراجعه کنید.`,
      ],
    },
    'imeis-match': {
      title: 'همتا همین حالا IMEIهای درست را دارد',
      steps: [
        'درخواست اصلاح رد می‌شود: همتا پاسخ می‌دهد که این دستگاه پیش‌تر برای همین شماره فعال شده است.',
        'سیم‌کارت را بررسی کنید: باید همانی باشد که گوشی با آن فعال شده، در اسلات خودش. سیم‌کارت شخص دیگر انتقال مالکیت لازم دارد.',
        `برای هر IMEI استعلام اصالت بگیرید: آن را به ${fa(7777)} پیامک کنید.`,
        'اگر باز هم سرویس ندارد، با واردکننده یا شرکت گارانتی تماس بگیرید؛ اگر استعلام نام واردکننده‌ای نشان نداد، با فروشنده.',
      ],
    },
    'find-registered-imeis': {
      title: 'اول ببینید همتا چه IMEIهایی دارد',
      steps: [
        'وارد کارتابل خود در hamta.ntsw.ir شوید و «مدیریت دستگاه‌ها» را باز کنید؛ IMEIهایی که همتا برای گوشی شما دارد آنجاست.',
        `اگر کد ورود نمی‌رسد چون سیم‌کارت قطع است، سیم‌کارت را در گوشی سالم دیگری بگذارید تا پیامک کد ورود برسد.`,
        `می‌توانید هر IMEI پانزده‌رقمی را هم به ${fa(7777)} پیامک کنید (استعلام اصالت).`,
        'بعد برگردید و به پرسش آخر دوباره پاسخ دهید.',
      ],
    },
    traveller: {
      title: `مسافر خارجی: ${fa(30)} روز`,
      steps: [
        `مسافران سفرهای خارجی سالی یک بار می‌توانند ${fa(30)} روز با سیم‌کارت اپراتور داخلی روی گوشی خودشان کار کنند، بدون ثبت گوشی.`,
        'برای استفادهٔ بیشتر، گوشی را هنگام ورود در گمرک مبادی ورودی حضوری اظهار کنید و ثبتش کنید.',
        'راهنمای ثبت گوشی مسافری در سایت همتا (hamta.ntsw.ir) آمده است.',
      ],
    },
    'warning-sms': {
      title: 'پیامک هشدار با تاریخ قطع سرویس',
      steps: [
        'فرستنده را ببینید: پیامک‌های همتا با نام فرستندهٔ HAMTA می‌آیند، نه از یک شمارهٔ تلفن، و هرگز پول نمی‌خواهند. متن را در «راهنمای پاسخ‌های همتا» بچسبانید تا نشانه‌های کلاهبرداری بررسی شود.',
        'صفحهٔ «پیامک‌های هشدار» سایت همتا را بخوانید و پیش از تاریخی که پیامک گفته، همان کاری را که پیامک خواسته انجام دهید.',
        'هشدار انتقال مالکیت یعنی سیم‌کارت آن اسلات مال کس دیگری است و آن خط جداگانه انتقال مالکیت لازم دارد.',
      ],
    },
    'activation-code': {
      title: 'گوشی آکبند بدون کد فعال‌سازی',
      steps: [
        'گوشی نویی که آکبند خریده‌اید باید با کد فعال‌سازی در همتا فعال شود؛ این کد را فروشنده می‌دهد.',
        'صفحهٔ «کد فعال‌سازی را از کجا به دست آوریم؟» در سایت همتا راهش را گفته است؛ بعد فعال‌سازی را در hamta.ntsw.ir انجام دهید.',
        'اگر با همین گوشی نمی‌شود، کارهای همتا را با گوشی دیگری انجام دهید.',
      ],
    },
    'login-code': {
      title: 'کد ورود نمی‌رسد چون سیم‌کارت قطع است',
      steps: [
        'سیم‌کارت را در گوشی سالم دیگری بگذارید و از آنجا وارد hamta.ntsw.ir شوید؛ کد ورود با پیامک روی آن گوشی می‌رسد.',
        'بعد کارتان را در کارتابل انجام دهید؛ این کارها از هر گوشی‌ای شدنی است.',
      ],
    },
  },
  en: {
    'wrong-imei-ticket': {
      title: 'A wrong IMEI in Hamta: file the correction ticket',
      steps: [
        'First take both IMEIs from *#06# and check them with this app’s IMEI check, so the ticket has no typo.',
        'Put the owner’s SIM in each slot in turn, switch the phone on and make a call from each slot: Hamta checks this.',
        'The phone’s owner files it from their own kartabl: Register and track problems, then Create, with the subject “My device’s IMEI does not match the device IMEI registered in Hamta”. This app prepares the ticket with you.',
        'Enter both IMEIs in every section: Hamta asks for the second one too.',
      ],
    },
    'add-device': {
      title: 'Used before the registry began: “add device” with your old SIM',
      steps: [
        'A dual-SIM phone that worked in only one slot before the registry reached it has only that IMEI on record, so the other slot says “no service”.',
        'Find the number of the SIM you used in this phone back then. Hamta’s page on a “previous owner not recognised” explains how.',
        'With that number, log in to hamta.ntsw.ir and run the “add device” process: it registers all the phone’s IMEIs.',
        'If slot 2 then gets an ownership-transfer warning with a cut-off date, the SIM in that slot belongs to someone else and needs its own transfer.',
      ],
    },
    'swap-sims-back': {
      title: 'SIMs swapped between slots: put them back',
      steps: [
        'A phone works with the SIM it was activated with, in its own slot. Another SIM in the main slot can bring an “illegal device” warning or “no service”.',
        'Put the registered SIM back in its slot (usually slot 1) and the other SIM back where it was.',
        'Switch the phone off and on, and make a call to test it.',
        'If the warning stays, check the phone’s registration with the authenticity inquiry: send each 15-digit IMEI by SMS to 7777.',
      ],
    },
    'ownership-transfer': {
      title: 'Another person’s SIM: transfer the ownership',
      steps: [
        'After activation, a phone gets service with the SIM it was activated with. With another person’s SIM it works for 30 days only.',
        'Within those 30 days, the phone’s owner transfers it to the SIM’s owner (ownership transfer), on hamta.ntsw.ir or by dialling *7777# (option 3).',
        'Until the transfer is done, a warning SMS with a cut-off date may arrive; Hamta’s real SMSs come from the sender name HAMTA.',
      ],
    },
    'second-hand': {
      title: 'A second-hand phone: the seller transfers it to you',
      steps: [
        'Before buying, reset the phone to factory settings, dial *#06# and compare the IMEIs with the box: a cloned IMEI shows the real one after a reset.',
        'Check each IMEI with Hamta’s authenticity inquiry: send it by SMS to 7777.',
        'The seller must transfer the phone to you (ownership transfer), on hamta.ntsw.ir or with *7777#, option 3. Without it, your SIM gets service for 30 days only.',
      ],
    },
    'repair-registration': {
      title: 'IMEIs changed by a repair: repair registration',
      steps: [
        'When a repair (a new board, for example) changes the phone’s IMEIs, the correction ticket cannot help: it corrects only part of the IMEIs.',
        'Log in to hamta.ntsw.ir and file in the repair registration section, where its own expert reviews it.',
        'Take the new IMEIs from *#06# and check them with this app’s IMEI check.',
      ],
    },
    'all-imeis-differ': {
      title: 'Every IMEI differs: this is not the wrong-second-IMEI problem',
      steps: [
        'The correction ticket corrects only part of the IMEIs; a request to change all of them is refused.',
        'Compare again: the right IMEIs come from *#06#, Hamta’s from Device management. Check them with IMEI check.',
        'If the phone was repaired and its IMEIs changed, use repair registration on hamta.ntsw.ir.',
        'Otherwise contact the importer; the authenticity inquiry (SMS the IMEI to 7777) names it. If it names none, go back to the seller.',
      ],
    },
    'imeis-match': {
      title: 'Hamta already holds the right IMEIs',
      steps: [
        'A correction ticket would be refused: Hamta answers that the device was already activated for this number.',
        'Check the SIM: it must be the one the phone was activated with, in its own slot. Another person’s SIM needs an ownership transfer.',
        'Run the authenticity inquiry for each IMEI: send it by SMS to 7777.',
        'If there is still no service, contact the importer or the warranty company; if the inquiry names no importer, the seller.',
      ],
    },
    'find-registered-imeis': {
      title: 'First find out which IMEIs Hamta holds',
      steps: [
        'Log in to your kartabl at hamta.ntsw.ir and open Device management: it lists the IMEIs Hamta holds for your phone.',
        'If the login code does not arrive because your SIM is cut off, put the SIM in another working phone to receive it.',
        'You can also send each 15-digit IMEI by SMS to 7777 (authenticity inquiry).',
        'Then come back and answer the last question again.',
      ],
    },
    traveller: {
      title: 'Visiting from abroad: 30 days',
      steps: [
        'Travellers may use an Iranian operator’s SIM on their own phone for 30 days, once a year, without registering it.',
        'To use it longer, declare the phone in person at the port of entry when you arrive, and register it.',
        'Hamta’s site (hamta.ntsw.ir) has the guide to registering a traveller’s phone.',
      ],
    },
    'warning-sms': {
      title: 'An SMS warning that service stops on a date',
      steps: [
        'Check the sender: Hamta’s SMSs come from the sender name HAMTA, never from a phone number, and never ask for money. Paste the text into the verdict guide to check it for signs of a scam.',
        'Read the warning-SMS page on Hamta’s site and, before the date your SMS gives, do what it asks.',
        'An ownership-transfer warning means the SIM in that slot belongs to someone else: that line needs its own transfer.',
      ],
    },
    'activation-code': {
      title: 'A sealed phone without an activation code',
      steps: [
        'A new phone bought sealed has to be activated in Hamta with its activation code, which the seller gives.',
        'Hamta’s page “Where do I get the activation code?” explains where to find it; then activate the phone on hamta.ntsw.ir.',
        'If it cannot be done on this phone, do Hamta’s steps from another phone.',
      ],
    },
    'login-code': {
      title: 'No login code because your SIM is cut off',
      steps: [
        'Put your SIM in another phone that works and log in to hamta.ntsw.ir from there: the login code arrives by SMS on that phone.',
        'Then do what you need in your kartabl; it can be done from any phone.',
      ],
    },
  },
};

export const channelWords: Record<Lang, Record<HamtaChannel, string>> = {
  fa: {
    site: 'سایت همتا: hamta.ntsw.ir (کارتابل شما)',
    'sms-7777': `پیامک: IMEI پانزده‌رقمی را به ${fa(7777)} بفرستید (استعلام اصالت)`,
    'ussd-7777': `شماره‌گیری ${USSD_FA} (گزینهٔ ${fa(3)}: انتقال مالکیت)`,
  },
  en: {
    site: 'Hamta’s website: hamta.ntsw.ir (your kartabl)',
    'sms-7777': 'SMS: send the 15-digit IMEI to 7777 (authenticity inquiry)',
    'ussd-7777': 'Dial *7777# (option 3: ownership transfer)',
  },
};

export const appLinkWords: Record<Lang, Record<AppLink, string>> = {
  fa: {
    'new-ticket': 'آماده کردن درخواست اصلاح: ثبت و پیگیری مشکلات',
    'imei-check': 'سنجیدن IMEIها: بررسی IMEI',
    'verdict-guide': 'بررسی یک پیام: راهنمای پاسخ‌های همتا',
  },
  en: {
    'new-ticket': 'Prepare the correction ticket: Register & track problems',
    'imei-check': 'Check the IMEIs: IMEI check',
    'verdict-guide': 'Check a message: Verdict guide',
  },
};

export const helpMessages = defineMessages({
  fa: {
    title: 'گوشی‌ام چه مشکلی دارد؟',
    intro: 'به چند پرسش ساده پاسخ دهید تا ببینید چه باید کرد و از کدام راه همتا.',
    yourAnswers: 'پاسخ‌های شما',
    change: (question: string) => `تغییر پاسخ: ${question}`,
    changeShort: 'تغییر',
    startOver: 'از اول',
    stepsTitle: 'چه باید کرد؟',
    channelsTitle: 'از کدام راه همتا',
    linksTitle: 'در همین برنامه',
    scamNote: 'همهٔ کارهای همتا رایگان است؛ هر پیام یا سایتی که پول یا اطلاعات کارت بخواهد، از همتا نیست.',
  },
  en: {
    title: 'What is happening to your phone?',
    intro: 'Answer a few plain questions to find out what to do, and through which Hamta channel.',
    yourAnswers: 'Your answers',
    change: (question: string) => `Change the answer: ${question}`,
    changeShort: 'Change',
    startOver: 'Start over',
    stepsTitle: 'What to do',
    channelsTitle: 'Where on Hamta',
    linksTitle: 'In this app',
    scamNote: 'Every Hamta process is free: a message or site that asks for money or card details is not Hamta.',
  },
});
