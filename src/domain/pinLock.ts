// The staff PIN's lock: five wrong PINs in a row lock PIN entry, one minute the first time, doubling up to 15 minutes.
import { z } from 'zod/mini';

/** Five: room for a slip of the finger or two, far too few to guess among 10,000 PINs or more. */
export const WRONG_PINS_BEFORE_LOCK = 5;
/** One minute for the first lock; each further lock doubles it. */
export const FIRST_LOCK_MS = 60_000;
/** 15 minutes at most: a shop must not be shut out of its own tablet for the day. */
export const MAX_LOCK_MS = 15 * 60_000;

const isoDate = z.iso.datetime({ offset: true });

/** Kept with the kiosk settings, so a reload does not lift the lock. */
export const pinLockSchema = z.object({
  /** Wrong PINs since the last right one or the last lock. */
  wrongInARow: z.int().check(z.minimum(0), z.maximum(WRONG_PINS_BEFORE_LOCK)),
  /** Locks since the last right PIN: the next lock lasts FIRST_LOCK_MS × 2^locks. */
  locks: z.int().check(z.minimum(0), z.maximum(64)),
  lockedUntil: z.optional(isoDate),
});
export type PinLock = z.infer<typeof pinLockSchema>;

export const NO_PIN_LOCK: PinLock = { wrongInARow: 0, locks: 0 };

/** How long the lock after `earlierLocks` earlier ones lasts: 1, 2, 4, 8, then 15 minutes. */
export function lockDurationMs(earlierLocks: number): number {
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(earlierLocks, 10));
}

/** Milliseconds until PIN entry opens again; 0 when it is open. */
export function lockRemainingMs(lock: PinLock, now: number): number {
  if (!lock.lockedUntil) return 0;
  return Math.max(0, Date.parse(lock.lockedUntil) - now);
}

/** The lock after one more wrong PIN: the fifth in a row locks entry. */
export function afterWrongPin(lock: PinLock, now: number): PinLock {
  const wrongInARow = lock.wrongInARow + 1;
  if (wrongInARow < WRONG_PINS_BEFORE_LOCK) return { ...lock, wrongInARow, lockedUntil: undefined };
  return {
    wrongInARow: 0,
    locks: lock.locks + 1,
    lockedUntil: new Date(now + lockDurationMs(lock.locks)).toISOString(),
  };
}

/** Wrong PINs left before the next lock. */
export function attemptsLeft(lock: PinLock): number {
  return WRONG_PINS_BEFORE_LOCK - lock.wrongInARow;
}
