// The lock schedule of the staff PIN: five wrong in a row, then 1, 2, 4, 8, 15 minutes.
import { describe, expect, it } from 'vitest';
import { afterWrongPin, attemptsLeft, lockDurationMs, lockRemainingMs, NO_PIN_LOCK, type PinLock } from '@/domain/pinLock';

const T0 = Date.parse('2026-11-25T10:00:00.000Z');

function wrongTimes(lock: PinLock, times: number, now: number): PinLock {
  let next = lock;
  for (let index = 0; index < times; index += 1) next = afterWrongPin(next, now);
  return next;
}

describe('the PIN lock', () => {
  it('counts four wrong PINs without locking', () => {
    const lock = wrongTimes(NO_PIN_LOCK, 4, T0);
    expect(lock.lockedUntil).toBeUndefined();
    expect(attemptsLeft(lock)).toBe(1);
    expect(lockRemainingMs(lock, T0)).toBe(0);
  });

  it('locks for one minute at the fifth', () => {
    const lock = wrongTimes(NO_PIN_LOCK, 5, T0);
    expect(lock.lockedUntil).toBe(new Date(T0 + 60_000).toISOString());
    expect(lockRemainingMs(lock, T0 + 1_000)).toBe(59_000);
    expect(lockRemainingMs(lock, T0 + 60_000)).toBe(0);
    expect(attemptsLeft(lock)).toBe(5);
  });

  it('doubles each further lock, up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 30].map((earlier) => lockDurationMs(earlier) / 60_000)).toEqual([1, 2, 4, 8, 15, 15, 15]);
    let lock = NO_PIN_LOCK;
    let now = T0;
    const durations: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      lock = wrongTimes(lock, 5, now);
      const duration = lockRemainingMs(lock, now);
      durations.push(duration / 60_000);
      now += duration;
    }
    expect(durations).toEqual([1, 2, 4, 8, 15, 15]);
  });
});
