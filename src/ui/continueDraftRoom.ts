// The room the start page keeps for the "unfinished draft" card while stored data loads, so the card appears in
// place instead of pushing the sections down (a layout shift, on every start of someone with a draft).
// Only the card's last height is remembered here: nothing about the draft itself.
const ROOM_KEY = 'imei-assistant:continue-draft-room';

/** The card's height in CSS pixels when it last showed, or 0 when it did not. */
export function rememberedRoom(): number {
  try {
    const room = Number(globalThis.localStorage?.getItem(ROOM_KEY));
    // Nothing odd is kept: a value that is no height (edited, from another version) keeps no room.
    return room > 0 && room < 10_000 ? room : 0;
  } catch {
    // Blocked storage: no room is kept, and the card pushes the sections down once it is read.
    return 0;
  }
}

/** Remembers the card's height for the next start: 0 when it did not show. */
export function rememberRoom(room: number): void {
  try {
    globalThis.localStorage?.setItem(ROOM_KEY, String(Math.round(room)));
  } catch {
    // Nothing to remember it in: the next start keeps no room.
  }
}

/**
 * A draft was just started, so the next start page is likely to show the card: unless its height is known, about
 * its usual height is kept for it (12 rem: a title, a line and a button; more where the line wraps).
 */
export function expectContinueCard(): void {
  if (rememberedRoom() > 0) return;
  rememberRoom(12 * parseFloat(getComputedStyle(document.documentElement).fontSize));
}
