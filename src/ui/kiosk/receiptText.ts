// The kiosk receipt's lines, once: shown on screen, shared as text and carried by the QR code.
import { maskImei, maskPhone, ticketReference } from '../../domain/receipt';
import type { Ticket } from '../../domain/schemas';
import { localDigits, type Lang } from '../i18n/core';
import { receiptMessages } from '../i18n/receipt';
import { statusWord } from '../i18n/tickets';

export type ReceiptLine = { label: string; value: string };

/** The day and time in the Jalali calendar (as Hamta shows it) and the Gregorian one. */
export function receiptDates(iso: string, lang: Lang): { jalali: string; gregorian: string } {
  const date = new Date(iso);
  const jalali = new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-GB-u-ca-persian', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
  const gregorian = new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-gregory-nu-arabext' : 'en-GB-u-ca-gregory', {
    dateStyle: 'long',
  }).format(date);
  return { jalali, gregorian };
}

/** Reference, dates, masked IMEIs and phone number, state: never a whole IMEI, number or the ticket id. */
export function receiptLines(ticket: Ticket, lang: Lang): ReceiptLine[] {
  const t = receiptMessages[lang];
  const dates = receiptDates(ticket.createdAt, lang);
  const lines: ReceiptLine[] = [
    { label: t.reference, value: ticketReference(ticket.id) },
    { label: t.dateJalali, value: dates.jalali },
    { label: t.dateGregorian, value: dates.gregorian },
  ];
  ticket.correctImeis.forEach((imei, index) => {
    lines.push({ label: t.imei(localDigits(index + 1, lang)), value: localDigits(maskImei(imei), lang) });
  });
  if (ticket.requester.phone) lines.push({ label: t.phone, value: localDigits(maskPhone(ticket.requester.phone), lang) });
  lines.push({ label: t.status, value: statusWord(ticket.status, lang) });
  return lines;
}

/** The receipt as plain text, for sharing and the QR code. */
export function receiptText(ticket: Ticket, lang: Lang, guideAddress: string): string {
  const t = receiptMessages[lang];
  const lines = receiptLines(ticket, lang).map((line) => `${line.label}: ${line.value}`);
  return [t.title, ...lines, '', t.nextWhere, t.nextGuide(guideAddress)].join('\n');
}
