// The staff PIN: stored as PBKDF2-SHA-256 with a salt of its own, checked in constant time, locked after five wrong tries.
import { digitValue } from '../domain/imei';
import { afterWrongPin, attemptsLeft, lockRemainingMs, NO_PIN_LOCK, type PinLock } from '../domain/pinLock';
import type { KioskSettings, PinRecord } from '../domain/schemas';
import { getSettings, updateSettings } from './settings';

/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023): a stolen record costs ~a second per guess on a tablet. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
/** The fixed salt of the old SHA-256 records, kept only to recognise and upgrade them. */
const LEGACY_SALT = 'imei-assistant-kiosk:';

export type PinCheck =
  { ok: true } | { ok: false; reason: 'wrong'; attemptsLeft: number } | { ok: false; reason: 'locked'; lockedUntil: string };

/**
 * The PIN as ASCII digits, or null unless it is 4 to 8 digits (in any script: staff
 * often type on a Persian keyboard) — short to type, not guessed at a glance.
 */
export function normalisePin(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length < 4 || trimmed.length > 8) return null;
  let digits = '';
  for (let index = 0; index < trimmed.length; index += 1) {
    const value = digitValue(trimmed.charCodeAt(index));
    if (value < 0) return null;
    digits += String(value);
  }
  return digits;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

async function pbkdf2(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return toHex(new Uint8Array(bits));
}

/** A new record for a PIN (ASCII digits): a fresh random salt each time, so equal PINs look different. */
export async function createPinRecord(pin: string, iterations = PBKDF2_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), hash: await pbkdf2(pin, salt, iterations) };
}

/** The old record: SHA-256 of a fixed salt and the PIN, hex. */
export async function legacyPinHash(pin: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(LEGACY_SALT + pin));
  return toHex(new Uint8Array(digest));
}

/** Compares two hex strings of equal length without stopping at the first difference. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/** Whether a PIN (ASCII digits) is the one the kiosk settings hold, in the new form or the old. */
export async function pinMatches(pin: string, kiosk: KioskSettings): Promise<boolean> {
  if (kiosk.pin) return sameHex(await pbkdf2(pin, fromHex(kiosk.pin.salt), kiosk.pin.iterations), kiosk.pin.hash);
  if (kiosk.pinHash) return sameHex(await legacyPinHash(pin), kiosk.pinHash);
  return false;
}

/** The lock as stored; none when PIN entry was never refused. */
export function currentLock(kiosk: KioskSettings): PinLock {
  return kiosk.pinLock ?? NO_PIN_LOCK;
}

/**
 * Checks a PIN typed by staff. While entry is locked the PIN is not even
 * looked at. A wrong PIN counts toward the lock and changes nothing else: kiosk
 * mode stays on and nothing is wiped. The right PIN lifts the lock, and upgrades
 * an old SHA-256 record to PBKDF2.
 */
export async function checkStaffPin(rawPin: string, now: number = Date.now()): Promise<PinCheck> {
  const { kiosk } = await getSettings();
  const lock = currentLock(kiosk);
  if (lockRemainingMs(lock, now) > 0 && lock.lockedUntil) return { ok: false, reason: 'locked', lockedUntil: lock.lockedUntil };
  const pin = normalisePin(rawPin);
  if (pin && (await pinMatches(pin, kiosk))) {
    const upgrade = kiosk.pin ? {} : { pin: await createPinRecord(pin), pinHash: undefined };
    const latest = (await getSettings()).kiosk;
    await updateSettings({ kiosk: { ...latest, ...upgrade, pinLock: undefined } });
    return { ok: true };
  }
  const latest = (await getSettings()).kiosk;
  const next = afterWrongPin(currentLock(latest), now);
  await updateSettings({ kiosk: { ...latest, pinLock: next } });
  if (next.lockedUntil) return { ok: false, reason: 'locked', lockedUntil: next.lockedUntil };
  return { ok: false, reason: 'wrong', attemptsLeft: attemptsLeft(next) };
}

/** Turns kiosk mode on with a new PIN; false when the PIN is not 4 to 8 digits. */
export async function startKiosk(rawPin: string, idleSeconds = 180): Promise<boolean> {
  const pin = normalisePin(rawPin);
  if (!pin) return false;
  const record = await createPinRecord(pin);
  await updateSettings({ kiosk: { enabled: true, pin: record, idleSeconds } });
  return true;
}

/** Leaves kiosk mode when the PIN is right (and entry is not locked). */
export async function leaveKiosk(rawPin: string, now: number = Date.now()): Promise<PinCheck> {
  const check = await checkStaffPin(rawPin, now);
  if (check.ok) {
    const { kiosk } = await getSettings();
    await updateSettings({ kiosk: { ...kiosk, enabled: false } });
  }
  return check;
}

/** Staff change the idle time after which the kiosk wipes by itself. */
export async function setKioskIdleSeconds(idleSeconds: number): Promise<void> {
  const { kiosk } = await getSettings();
  await updateSettings({ kiosk: { ...kiosk, idleSeconds } });
}
