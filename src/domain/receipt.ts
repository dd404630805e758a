// What a kiosk receipt may show of a ticket: a short reference and masked IMEIs and phone number, nothing that opens the ticket.
/** Eight of the ticket id's 32 hex digits: enough to find it in a shop's day, far too few to ask the intake for it. */
const REFERENCE_DIGITS = 8;
/** The IMEI's last four digits stay visible, as on a bank card: enough to tell two phones apart. */
const IMEI_VISIBLE = 4;
/** The phone number's last three digits stay visible. */
const PHONE_VISIBLE = 3;
export const MASK = '•';

/** A short reference like "3F9A-07C2" (the id's first eight hex digits). */
export function ticketReference(ticketId: string): string {
  const hex = ticketId
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, REFERENCE_DIGITS)
    .toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

function maskAllBut(value: string, visible: number): string {
  if (value.length <= visible) return MASK.repeat(value.length);
  return MASK.repeat(value.length - visible) + value.slice(-visible);
}

/** "•••••••••••3809": an IMEI with only its last four digits. */
export function maskImei(imei: string): string {
  return maskAllBut(imei, IMEI_VISIBLE);
}

/** "••••••••123": a phone number with only its last three digits. */
export function maskPhone(phone: string): string {
  return maskAllBut(phone, PHONE_VISIBLE);
}
