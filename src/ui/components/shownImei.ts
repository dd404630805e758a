// How an IMEI appears in a list: normalised when readable, masked on a shared kiosk tablet.
import { parseImei } from '../../domain/imei';

/** The last 4 digits are enough to tell one's own tickets apart; the rest stays hidden from the next customer. */
const VISIBLE_DIGITS = 4;

export function shownImei(raw: string, masked: boolean): string {
  const parsed = parseImei(raw);
  const imei = parsed.ok ? parsed.imei : raw.trim();
  if (!masked || imei.length <= VISIBLE_DIGITS) return imei;
  return `•••${imei.slice(-VISIBLE_DIGITS)}`;
}
